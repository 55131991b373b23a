namespace Naas.Web.Features.Workforce;

/// <summary>Sets a value only when it differs and names what changed, so that saving the same input twice
/// changes nothing and audits nothing.</summary>
public sealed class ChangeList
{
    private readonly List<string> _changed = [];
    public IReadOnlyList<string> Changed => _changed;
    public bool Any => _changed.Count > 0;

    public void Set<T>(T current, T value, Action<T> set, string what)
    {
        if (EqualityComparer<T>.Default.Equals(current, value)) return;
        set(value);
        _changed.Add(what);
    }

    public override string ToString() => string.Join(", ", _changed);
}
