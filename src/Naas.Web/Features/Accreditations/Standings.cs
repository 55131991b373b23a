using Naas.Data.Entities;

namespace Naas.Web.Features.Accreditations;

/// <summary>An accreditation's standing today, as anyone may be told it.</summary>
public enum Standing
{
    Current = 1,
    Suspended = 2,
    Revoked = 3,
    Lapsed = 4,
    Ended = 5,
}

/// <summary>An accreditation's standing and what may be done to it: what the public check, the credential and the
/// programme's pages all show.</summary>
public static class Standings
{
    public static Standing StandingOf(Accreditation a, DateOnly today) =>
        a.RevokedAt is not null ? Standing.Revoked
        : a.SuspendedAt is not null ? Standing.Suspended
        : !a.IsCurrent ? Standing.Ended
        : a.ReaccreditationDue is { } due && due < today ? Standing.Lapsed
        : Standing.Current;

    public static string Words(Standing s, Accreditation a) =>
        s switch
        {
            Standing.Current => "Current",
            Standing.Suspended => "Suspended",
            Standing.Revoked => "Revoked",
            Standing.Lapsed => $"Lapsed: re-accreditation was due on {a.ReaccreditationDue:d MMMM yyyy}",
            _ => "No longer held",
        };

    /// <summary>What may be done to an accreditation now.</summary>
    public static IReadOnlyList<string> Actions(Accreditation a) =>
        a.RevokedAt is not null ? []
        : a.SuspendedAt is not null ? ["Lift", "Revoke"]
        : ["Suspend", "Revoke"];
}
