using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays.Me;

/// <summary>The candidate's briefing for a simulation (issue 15, item 4): it opens when the coordinator starts their
/// preparation time and shows how long is left by the service's clock; never the actor's brief or the marking
/// guide. Only their own simulations (the query filters).</summary>
public class BriefingModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public SimulationSession? Session { get; private set; }
    public ScenarioVersion? Scenario { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public DateTimeOffset? PreparationEnds => Session?.PreparationStartedAt?.AddMinutes(Scenario!.PreparationMinutes);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Session = await db.SimulationSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id, ct);
        if (Session is null || Session.SocialWorkerId != Scope.SocialWorkerId)
            return NotFound();
        Scenario = await db.ScenarioVersions.AsNoTracking().SingleAsync(v => v.Id == Session.ScenarioVersionId, ct);
        Now = clock.GetUtcNow();
        return Page();
    }
}
