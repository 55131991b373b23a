using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Scenarios.Author;

public class ScenariosModel(NaasDbContext db) : NaasPage
{
    public List<ScenarioVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Versions = await db
            .ScenarioVersions.AsNoTracking()
            .Include(v => v.Scenario)
            .OrderBy(v => v.Scenario!.For)
            .ThenBy(v => v.CaseName)
            .ThenBy(v => v.Part)
            .ThenBy(v => v.Scenario!.Reference)
            .ThenBy(v => v.Version)
            .ToListAsync(ct);
}
