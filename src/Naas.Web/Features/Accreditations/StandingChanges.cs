using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations;

/// <summary>After accreditation: suspension (which may be lifted) and revocation (final), each with a reason kept on
/// the record and audited in the same transaction, and the social worker told.</summary>
public sealed class StandingChanges(NaasDbContext db, TimeProvider clock)
{
    /// <summary>Suspends, lifts a suspension or revokes, with the reason, audited; the social worker is told.</summary>
    public async Task<List<(string Field, string Message)>> ChangeAsync(
        Guid id,
        string? action,
        string? reason,
        CancellationToken ct
    )
    {
        var a = await db.Accreditations.Include(x => x.SocialWorker).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return [("", "There is no such accreditation")];
        var problems = new List<(string, string)>();
        if (action is null || !Standings.Actions(a).Contains(action))
            problems.Add(
                (
                    "Action",
                    a.RevokedAt is not null
                        ? "This accreditation has been revoked. Revocation is final"
                        : "Select what to do"
                )
            );
        if (string.IsNullOrWhiteSpace(reason))
            problems.Add(("Reason", "Enter the reason: it is kept on the record and sent to the social worker"));
        else if (reason.Trim().Length > 1000)
            problems.Add(("Reason", "The reason must be 1,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var now = clock.GetUtcNow();
        var why = reason!.Trim();
        var level = a.Level.Name();
        switch (action)
        {
            case "Suspend":
                a.SuspendedAt = now;
                break;
            case "Lift":
                a.SuspendedAt = null;
                break;
            default:
                a.RevokedAt = now;
                a.SuspendedAt = null;
                a.IsCurrent = false;
                break;
        }
        a.StatusReason = why;
        var standing = action switch
        {
            "Suspend" => AccreditationStanding.Suspended,
            "Lift" => AccreditationStanding.SuspensionLifted,
            _ => AccreditationStanding.Revoked,
        };
        db.Record(
            new AccreditationStandingChanged(
                a.Id,
                a.SocialWorkerId,
                a.SocialWorker!.RegistrationNumber,
                a.Level,
                standing,
                why
            )
        );
        db.Email(
            clock,
            a.SocialWorker.Email,
            action switch
            {
                "Suspend" => $"Your {level} accreditation has been suspended",
                "Lift" => $"The suspension of your {level} accreditation has been lifted",
                _ => $"Your {level} accreditation has been revoked",
            },
            $"Dear {a.SocialWorker.GivenName},\n\nThe reason given:\n{why}\n\nThe public check and your digital credential now show this. "
                + "If you think this is wrong, reply to this email and tell us why.\n"
        );
        await db.SaveChangesAsync(ct);
        return [];
    }
}
