using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Endorsement;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Admin.Results;

public class ResultsIndexModel(NaasDbContext db) : NaasPage
{
    public List<(Guid Id, string Name, string Reg, string Level, bool Released)> Assessments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Endorsements.AsNoTracking().Where(e => e.State == EndorsementState.InAssessment)
            .Join(db.SocialWorkers, e => e.SocialWorkerId, p => p.Id, (e, p) => new { e.Id, p.GivenName, p.FamilyName, p.RegistrationNumber, e.Level, e.EndorsedAt })
            .OrderBy(x => x.EndorsedAt).ToListAsync(ct);
        var released = await db.ResultReleases.AsNoTracking().Select(r => r.EndorsementId).ToListAsync(ct);
        Assessments = rows.Select(r => (r.Id, $"{r.GivenName} {r.FamilyName}", r.RegistrationNumber, r.Level.ToString(), released.Contains(r.Id))).ToList();
    }
}
