namespace Naas.Web.Features.Workforce;

/// <summary>What an upsert changed, in words, or the problems that stopped it (field, message).</summary>
public sealed record UpsertResult(
    List<string> Changes,
    List<(string Field, string Message)> Problems,
    List<string>? Notices = null
)
{
    /// <summary>What was asked for but deliberately not changed (another holder's details), in words.</summary>
    public IReadOnlyList<string> Kept => Notices ?? [];
    public bool Succeeded => Problems.Count == 0;
}
