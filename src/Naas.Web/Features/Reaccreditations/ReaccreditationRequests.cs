using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>Light-touch re-accreditation (¶77–78) as the social worker meets it: where each accreditation stands
/// against the settings (CPD hours, the employer's endorsement, a short assessment, each needed or not) and their
/// request, which the programme is told of.</summary>
public sealed class ReaccreditationRequests(
    NaasDbContext db,
    PolicyStore policy,
    ReaccreditationCompletion completion,
    TimeProvider clock
)
{
    public async Task<List<ReaccreditationView>> ViewsAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        var accreditations = await db
            .Accreditations.AsNoTracking()
            .Where(a =>
                a.SocialWorkerId == socialWorkerId && a.RevokedAt == null && a.IsCurrent && a.ReaccreditationDue != null
            )
            .ToListAsync(ct);
        var log = await db.CpdEntries.AsNoTracking().Where(e => e.SocialWorkerId == socialWorkerId).ToListAsync(ct);
        var today = clock.Today();
        var employers = await db
            .Engagements.AsNoTracking()
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .Include(e => e.Organisation)
            .ToListAsync(ct);
        var current = employers
            .Where(e => e.IsCurrent(today) && e.Organisation!.Kind != OrganisationKind.EmploymentAgency)
            .Select(e => (e.OrganisationId, e.Organisation!.Name))
            .Distinct()
            .ToList();
        var all = await db
            .Reaccreditations.AsNoTracking()
            .Where(r => r.SocialWorkerId == socialWorkerId)
            .OrderByDescending(r => r.SubmittedAt)
            .ToListAsync(ct);
        var views = new List<ReaccreditationView>();
        foreach (var a in accreditations)
        {
            var reaccreditations = all.Where(r => r.AccreditationId == a.Id).ToList();
            var since = reaccreditations
                .Where(r => r.CompletedAt != null)
                .Select(r => Clock.UkDay(r.CompletedAt!.Value))
                .DefaultIfEmpty(a.AwardedOn)
                .Max();
            views.Add(
                new ReaccreditationView(
                    a,
                    log.Where(e => e.Date >= since).Sum(e => e.Hours),
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationCpdHours),
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationEndorsement) == 1,
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationShortAssessment) == 1,
                    reaccreditations.FirstOrDefault(r => r.CompletedAt == null && r.ClosedAt == null),
                    current,
                    reaccreditations.FirstOrDefault(r =>
                        r.ClosedAt != null && !reaccreditations.Any(x => x.SubmittedAt > r.SubmittedAt)
                    )
                )
            );
        }
        return views;
    }

    /// <summary>The social worker asks to be re-accredited: refused while the hours fall short or a short assessment is
    /// needed; sent to the chosen employer when an endorsement is needed; otherwise complete at once.</summary>
    public async Task<List<(string Field, string Message)>> SubmitAsync(
        Guid socialWorkerId,
        Guid accreditationId,
        string? employer,
        CancellationToken ct
    )
    {
        var view = (await ViewsAsync(socialWorkerId, ct)).SingleOrDefault(v => v.Accreditation.Id == accreditationId);
        if (view is null)
            return [("", "There is no such accreditation to renew")];
        if (view.Pending is not null)
            return [("", $"You have already asked: we are waiting for {view.Waiting}")];
        if (!view.HoursMet)
            return
            [
                (
                    "",
                    $"You have logged {view.Hours:0.##} of the {view.HoursNeeded} hours of CPD re-accreditation needs. Log the rest first."
                ),
            ];
        Guid? orgId = null;
        if (view.EndorsementNeeded)
        {
            var chosen = Guid.TryParse(employer, out var e) ? view.Employers.SingleOrDefault(x => x.Id == e) : default;
            if (chosen == default)
                return
                [
                    (
                        "Employer",
                        view.Employers.Count == 0
                            ? "Re-accreditation needs an employer's endorsement, and you are not in post with one on our record"
                            : "Select the employer to endorse you"
                    ),
                ];
            orgId = chosen.Id;
        }
        var r = new Reaccreditation
        {
            AccreditationId = accreditationId,
            SocialWorkerId = socialWorkerId,
            OrganisationId = orgId,
            CpdHours = view.Hours,
            SubmittedAt = clock.GetUtcNow(),
            ShortAssessmentRequired = view.ShortAssessmentNeeded,
        };
        db.Reaccreditations.Add(r);
        db.Record(new ReaccreditationSubmitted(r.Id, socialWorkerId, view.Hours, r.ShortAssessmentRequired), orgId);
        if (orgId is { } org)
            foreach (var email in await db.OrganisationEmailsAsync([org], ct))
                db.Email(
                    clock,
                    email,
                    "A social worker asks you to endorse their re-accreditation",
                    "Sign in and go to Re-accreditation to endorse it."
                );
        if (r.ShortAssessmentRequired)
            foreach (var email in await ProgrammeEmailsAsync(ct))
                db.Email(
                    clock,
                    email,
                    "A re-accreditation short assessment to arrange",
                    $"{view.Accreditation.CertificateNumber}: arrange the short assessment, then record its mark under Accreditations."
                );
        await completion.CompleteIfReadyAsync(r, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private Task<List<string>> ProgrammeEmailsAsync(CancellationToken ct) =>
        db.UsersInRole(Naas.Data.Seed.Roles.ProgrammeAdministrator)
            .Where(u => u.Email != null)
            .Select(u => u.Email!)
            .ToListAsync(ct);
}
