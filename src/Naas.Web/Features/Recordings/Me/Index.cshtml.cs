using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Recordings.Me;

/// <summary>A candidate watches the recordings of their own simulations (the query filters give them only their
/// own).</summary>
public class MyRecordingsModel(NaasDbContext db) : NaasPage
{
    public List<(SimulationRecording Recording, DateTimeOffset StartsAt, string Scenario)> Recordings
    {
        get;
        private set;
    } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Recordings = (
            await db
                .SimulationRecordings.AsNoTracking()
                .Where(r => r.CompletedAt != null && r.DeletedAt == null)
                .Join(
                    db.SimulationSessions.IgnoreQueryFilters().Include(s => s.ScenarioVersion),
                    r => r.SessionId,
                    s => s.Id,
                    (r, s) => new { r, s }
                )
                .ToListAsync(ct)
        )
            .OrderBy(x => x.s.StartsAt)
            .Select(x => (x.r, x.s.StartsAt, x.s.ScenarioVersion!.Title))
            .ToList();
}
