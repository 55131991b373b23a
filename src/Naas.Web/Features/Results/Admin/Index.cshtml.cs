using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results.Admin;

public class ResultsIndexModel(NaasDbContext db) : NaasPage
{
    public sealed record Row(Guid EndorsementId, string Name, string Reg, StatusLevel Level);

    public sealed record Released(
        Guid EndorsementId,
        string Name,
        string Reg,
        StatusLevel Level,
        Naas.Domain.Results.OutcomeKind Outcome,
        DateTimeOffset At,
        string By
    );

    public List<Row> Assessments { get; private set; } = [];

    /// <summary>The latest releases (100 at most), newest first, so the programme sees what it has released.</summary>
    public List<Released> Releases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Assessments = await db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.State == EndorsementState.InAssessment
                && !db.ResultReleases.Any(r => r.EndorsementId == e.Id && r.SupersededAt == null)
            )
            .Join(
                db.SocialWorkers,
                e => e.SocialWorkerId,
                p => p.Id,
                (e, p) =>
                    new
                    {
                        e.Id,
                        p.GivenName,
                        p.FamilyName,
                        p.RegistrationNumber,
                        e.Level,
                        e.EndorsedAt,
                    }
            )
            .OrderBy(x => x.EndorsedAt)
            .Select(x => new Row(x.Id, x.GivenName + " " + x.FamilyName, x.RegistrationNumber, x.Level))
            .ToListAsync(ct);
        Releases = (
            await db
                .ResultReleases.AsNoTracking()
                .Where(r => r.SupersededAt == null)
                .Join(db.Endorsements, r => r.EndorsementId, e => e.Id, (r, e) => new { r, e.Level })
                .Join(
                    db.SocialWorkers,
                    x => x.r.SocialWorkerId,
                    p => p.Id,
                    (x, p) =>
                        new
                        {
                            x.r.EndorsementId,
                            p.GivenName,
                            p.FamilyName,
                            p.RegistrationNumber,
                            x.Level,
                            x.r.Outcome,
                            x.r.ReleasedAt,
                            x.r.ReleasedBy,
                        }
                )
                .OrderByDescending(x => x.ReleasedAt)
                .Take(100)
                .ToListAsync(ct)
        ).Select(x => new Released(x.EndorsementId, $"{x.GivenName} {x.FamilyName}", x.RegistrationNumber, x.Level, x.Outcome, x.ReleasedAt, x.ReleasedBy)).ToList();
    }
}
