using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.Scenarios;

/// <summary>A scenario's life cycle, the item bank's (<see cref="ItemLifecycle"/>): submitted with a whole marking
/// guide, approved by an author who did not write it, live, retired; every step recorded. One version of a scenario is
/// live at a time.</summary>
public sealed class ScenarioReviews(NaasDbContext db, TimeProvider clock, ScenarioGuides guides)
{
    public async Task<string?> ActAsync(
        ScenarioVersion v,
        ItemAction action,
        Guid actor,
        string actorName,
        CancellationToken ct
    )
    {
        var (next, refusal) = ItemLifecycle.Apply(
            v.Status,
            action,
            actor,
            v.AuthorUserId,
            v.FirstUsedAt is not null,
            "scenario"
        );
        if (next is null)
            return refusal;
        if (action == ItemAction.Submit && await guides.CheckAsync(v, ct) is [var (_, problem), ..])
            return $"Fix this first: {problem}";
        if (action == ItemAction.Approve)
        {
            var live = await db
                .ScenarioVersions.Where(x =>
                    x.ScenarioId == v.ScenarioId && x.Status == ItemStatus.Live && x.Id != v.Id
                )
                .ToListAsync(ct);
            foreach (var old in live)
            {
                old.Status = ItemStatus.Retired;
                db.Record(
                    new ScenarioMoved(
                        old.Id,
                        v.Scenario!.Reference,
                        old.Version,
                        ItemAction.Retire,
                        ItemStatus.Live,
                        ItemStatus.Retired
                    )
                );
            }
            (v.ReviewerUserId, v.ReviewerName, v.ReviewedAt) = (actor, actorName, clock.GetUtcNow());
        }
        var from = v.Status;
        v.Status = next.Value;
        db.Record(new ScenarioMoved(v.Id, v.Scenario!.Reference, v.Version, action, from, next.Value));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
