using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.ItemBank;

/// <summary>An item's life cycle (the domain's <see cref="ItemLifecycle"/>): submitted, approved by someone other than
/// its author, live, retired; every step audited.</summary>
public sealed class ItemReviews(NaasDbContext db, TimeProvider clock, ItemDraftChecks drafts)
{
    public async Task<string?> ActAsync(
        KnowledgeItemVersion v,
        ItemAction action,
        Guid actor,
        string actorName,
        string? reason,
        CancellationToken ct
    )
    {
        var (next, refusal) = ItemLifecycle.Apply(v.Status, action, actor, v.AuthorUserId, v.FirstUsedAt is not null);
        if (next is null)
            return refusal;
        if (action == ItemAction.Submit)
        {
            var problems = await drafts.ValidateAsync(ItemDraft.From(v), ct);
            if (problems.Count > 0)
                return $"Fix this first: {problems[0].Message}";
        }
        if (action == ItemAction.Approve)
        {
            // Only one live version of an item at a time: approving a new one retires the old.
            var live = await db
                .KnowledgeItemVersions.Where(x => x.ItemId == v.ItemId && x.Status == ItemStatus.Live && x.Id != v.Id)
                .ToListAsync(ct);
            foreach (var old in live)
                old.Status = ItemStatus.Retired;
            (v.ReviewerUserId, v.ReviewerName, v.ReviewedAt) = (actor, actorName, clock.GetUtcNow());
        }
        var from = v.Status;
        v.Status = next.Value;
        db.Record(new ItemMoved(v.Id, v.Item!.Reference, v.Version, action, from, next.Value, actorName, reason));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
