using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.Reports;

/// <summary>A candidate's consent for each of their employers to read their feedback reports, given and withdrawn
/// by the candidate alone, audited.</summary>
public sealed class ReportConsents(NaasDbContext db, TimeProvider clock)
{
    /// <summary>The employers who endorsed the social worker, each with whether they may read the reports
    /// now.</summary>
    public async Task<List<(Guid OrganisationId, string Name, ReportConsent? Consent)>> ConsentsAsync(
        Guid socialWorkerId,
        CancellationToken ct
    )
    {
        var orgs = await db
            .Endorsements.AsNoTracking()
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .Select(e => new { e.OrganisationId, e.Organisation!.Name })
            .Distinct()
            .ToListAsync(ct);
        var consents = await db
            .ReportConsents.AsNoTracking()
            .Where(c => c.SocialWorkerId == socialWorkerId && c.WithdrawnAt == null)
            .ToListAsync(ct);
        return orgs.OrderBy(o => o.Name)
            .Select(o => (o.OrganisationId, o.Name, consents.FirstOrDefault(c => c.OrganisationId == o.OrganisationId)))
            .ToList();
    }

    public async Task<string?> SetConsentAsync(
        Guid socialWorkerId,
        Guid organisationId,
        bool share,
        CancellationToken ct
    )
    {
        var org = (await ConsentsAsync(socialWorkerId, ct)).FirstOrDefault(o => o.OrganisationId == organisationId);
        if (org.Name is null)
            return "You can only share your reports with an employer that endorsed you";
        var now = clock.GetUtcNow();
        if (share && org.Consent is null)
        {
            var c = new ReportConsent
            {
                SocialWorkerId = socialWorkerId,
                OrganisationId = organisationId,
                GivenAt = now,
            };
            db.ReportConsents.Add(c);
            db.Record(
                new ReportSharingChanged(c.Id, socialWorkerId, organisationId, org.Name, Shared: true),
                organisationId
            );
        }
        else if (!share && org.Consent is not null)
        {
            var c = await db.ReportConsents.SingleAsync(x => x.Id == org.Consent.Id, ct);
            c.WithdrawnAt = now;
            db.Record(
                new ReportSharingChanged(c.Id, socialWorkerId, organisationId, org.Name, Shared: false),
                organisationId
            );
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    // ----- The employer's summary -----
}
