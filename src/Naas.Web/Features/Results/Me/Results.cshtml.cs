using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results.Me;

public class MyResultsModel(NaasDbContext db) : NaasPage
{
    public List<(
        ResultRelease Release,
        List<ElementMark> Marks,
        Accreditation? Accreditation,
        Endorsement Endorsement
    )> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.SocialWorkerId() ?? Guid.Empty;
        // Query filters keep these to the signed-in candidate's own; the explicit id says so again.
        var releases = await db
            .ResultReleases.AsNoTracking()
            .Where(r => r.SocialWorkerId == me && r.SupersededAt == null)
            .OrderByDescending(r => r.ReleasedAt)
            .ToListAsync(ct);
        var ids = releases.Select(r => r.EndorsementId).ToList();
        var marks = await db
            .ElementMarks.AsNoTracking()
            .Where(m => ids.Contains(m.EndorsementId) && m.SupersededAt == null)
            .ToListAsync(ct);
        var accreditations = await db
            .Accreditations.AsNoTracking()
            .Where(a => a.SocialWorkerId == me && a.EndorsementId != null)
            .ToListAsync(ct);
        var endorsements = await db
            .Endorsements.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);
        Results = releases
            .Select(r =>
                (
                    r,
                    marks.Where(m => m.EndorsementId == r.EndorsementId).ToList(),
                    accreditations.FirstOrDefault(a => a.EndorsementId == r.EndorsementId),
                    endorsements[r.EndorsementId]
                )
            )
            .ToList();
    }
}
