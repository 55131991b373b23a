using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>Renews an accreditation once a request has everything it needs, audited, and tells the social
/// worker.</summary>
public sealed class ReaccreditationCompletion(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    /// <summary>Renews once everything this request needs is in: the employer's endorsement (if one was asked for) and
    /// a passed short assessment (if one was needed).</summary>
    public async Task CompleteIfReadyAsync(Reaccreditation r, CancellationToken ct)
    {
        if (r.OrganisationId is not null && r.EmployerEndorsedAt is null)
            return;
        if (r.ShortAssessmentRequired && r.ShortAssessmentPassed != true)
            return;
        await CompleteAsync(r, ct);
    }

    /// <summary>Renews: the next due date runs the set period from the old due date (or from today, if it had
    /// lapsed).</summary>
    private async Task CompleteAsync(Reaccreditation r, CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        // The employer endorsing cannot read accreditations of people no longer in its workforce; it was asked, by id.
        var a = await db
            .Accreditations.IgnoreQueryFilters()
            .Include(x => x.SocialWorker)
            .SingleAsync(x => x.Id == r.AccreditationId, ct);
        var today = clock.Today();
        var wasDue = a.ReaccreditationDue;
        var from = wasDue is { } due && due >= today ? due : today;
        a.ReaccreditationDue = from.AddYears(rules.Value(EligibilityPolicy.Keys.ReaccreditationYears));
        r.CompletedAt = clock.GetUtcNow();
        r.NewDue = a.ReaccreditationDue;
        db.Record(
            new Accreditations.Reaccredited(
                a.Id,
                a.SocialWorkerId,
                a.SocialWorker!.RegistrationNumber,
                a.Level,
                wasDue,
                a.ReaccreditationDue.Value
            ),
            r.OrganisationId
        );
        db.Email(
            clock,
            a.SocialWorker.Email,
            $"You are re-accredited as a {a.Level.Name()}",
            $"Dear {a.SocialWorker.GivenName},\n\nYour re-accreditation is complete. Your next re-accreditation is due on {a.ReaccreditationDue:d MMMM yyyy}.\n"
        );
    }
}
