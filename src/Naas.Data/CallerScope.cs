namespace Naas.Data;

/// <summary>Who is asking, for the query filters: the one place that decides which rows a caller may see.
/// A programme administrator (or the system itself) sees everything; an employer lead or API client sees
/// their organisation's people; a social worker sees only themselves; anyone else sees nothing.</summary>
public sealed record CallerScope(
    bool SeesEverything,
    Guid? OrganisationId,
    Guid? SocialWorkerId,
    Guid? UserId,
    string ActorName
)
{
    public static CallerScope System { get; } = new(true, null, null, null, "System");
    public static CallerScope Nobody { get; } = new(false, null, null, null, "Anonymous");
}

/// <summary>Where the DbContext reads the caller's scope from. Read at query time, not when the context is
/// built: a context is often built during authentication, before the caller is known.</summary>
public interface ICallerScopeSource
{
    CallerScope Current { get; }
}

public sealed class FixedCallerScope(CallerScope scope) : ICallerScopeSource
{
    public CallerScope Current => scope;
}
