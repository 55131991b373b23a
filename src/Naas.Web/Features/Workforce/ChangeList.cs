using System.Globalization;

namespace Naas.Web.Features.Workforce;

/// <summary>One field a change set: its name as people read it, and its value before and after, as text.</summary>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>Sets a value only when it differs and names what changed, with the old and new values, so that saving
/// the same input twice changes nothing and audits nothing.</summary>
public sealed class ChangeList
{
    private readonly List<FieldChange> _changed = [];
    public IReadOnlyList<FieldChange> Changed => _changed;
    public bool Any => _changed.Count > 0;

    public void Set<T>(T current, T value, Action<T> set, string what)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
            return;
        set(value);
        _changed.Add(new FieldChange(what, Text(current), Text(value)));
    }

    private static string? Text(object? value) =>
        value switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

    public override string ToString() => string.Join(", ", _changed.Select(c => c.Field));
}
