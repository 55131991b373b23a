using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

namespace Naas.Web.Features.ItemBank;

/// <summary>Writing questions: a draft saved, edited while it is a draft, and a new version of a live one; every
/// change audited.</summary>
public sealed class ItemDrafts(NaasDbContext db, TimeProvider clock)
{
    public async Task<KnowledgeItemVersion> CreateAsync(
        ItemDraft d,
        Guid author,
        string authorName,
        CancellationToken ct
    )
    {
        KnowledgeItemVersion version = null!;
        async Task AddAsync()
        {
            var item = new KnowledgeItem
            {
                Reference = await BankReferences.NextAsync(db.KnowledgeItems.Select(i => i.Reference), "K", ct),
                CreatedAt = clock.GetUtcNow(),
                Pool = d.Pool ?? ItemPool.Assessment,
            };
            version = Apply(
                new KnowledgeItemVersion
                {
                    Setting = "",
                    Stem = "",
                    Options = "",
                    Key = "",
                    AuthorUserId = author,
                    AuthorName = authorName,
                },
                d
            );
            item.Versions.Add(version);
            db.KnowledgeItems.Add(item);
            db.Record(new ItemDrafted(version.Id, item.Id, item.Reference, authorName, item.Pool));
        }
        await AddAsync();
        // Two authors saving at once can both pick the next reference: the unique index decides, and the loser takes
        // the one after.
        if (
            !await db.SaveOrSettleAsync(
                async () =>
                {
                    await AddAsync();
                    return true;
                },
                ct,
                attempts: 10
            )
        )
            throw new InvalidOperationException("Could not give the item a reference after 10 tries");
        return version;
    }

    public async Task<string?> UpdateAsync(KnowledgeItemVersion v, ItemDraft d, Guid actor, CancellationToken ct)
    {
        var (next, refusal) = ItemLifecycle.Apply(
            v.Status,
            ItemAction.Edit,
            actor,
            v.AuthorUserId,
            v.FirstUsedAt is not null
        );
        if (next is null)
            return refusal;
        if (d.Pool is { } pool && pool != v.Item!.Pool)
        {
            // An item keeps its pool once any candidate has seen any version of it: a practice item's answers are out.
            if (
                v.Item.TimesShown > 0
                || await db.KnowledgeItemVersions.AnyAsync(x => x.ItemId == v.ItemId && x.FirstUsedAt != null, ct)
            )
                return $"{v.Item.Reference} has already been shown to candidates, so it stays {(v.Item.Pool == ItemPool.Practice ? "a practice question" : "a real-test question")}. Write a new question instead";
            v.Item.Pool = pool;
        }
        Apply(v, d);
        v.Status = next.Value;
        db.Record(new ItemEdited(v.Id, v.Item!.Reference, v.Version, d.Pool));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A new draft version copied from this one; the old stays as it was.</summary>
    public async Task<KnowledgeItemVersion> NewVersionAsync(
        KnowledgeItemVersion v,
        Guid author,
        string authorName,
        CancellationToken ct
    )
    {
        var latest = await db.KnowledgeItemVersions.Where(x => x.ItemId == v.ItemId).MaxAsync(x => x.Version, ct);
        var copy = Apply(
            new KnowledgeItemVersion
            {
                ItemId = v.ItemId,
                Version = latest + 1,
                Setting = "",
                Stem = "",
                Options = "",
                Key = "",
                AuthorUserId = author,
                AuthorName = authorName,
                Rating = v.Rating,
            },
            ItemDraft.From(v)
        );
        db.KnowledgeItemVersions.Add(copy);
        db.Record(new ItemVersionDrafted(copy.Id, v.Item!.Reference, copy.Version, v.Version, authorName));
        await db.SaveChangesAsync(ct);
        return copy;
    }

    private static KnowledgeItemVersion Apply(KnowledgeItemVersion v, ItemDraft d)
    {
        v.Type = d.Type!.Value;
        v.AppliedFor = d.AppliedFor;
        v.AreaId = d.AreaId!.Value;
        v.Setting = d.Setting!;
        v.Stem = d.Stem!.Trim();
        v.Options = string.Join("\n", KnowledgeItemVersion.Lines(d.Options ?? ""));
        v.Key = string.Join("\n", KnowledgeItemVersion.Lines(d.Key ?? ""));
        v.OptionsToChoose = d.OptionsToChoose ?? 1;
        v.ScoringRule = d.ScoringRule!.Value;
        v.Rationale = string.IsNullOrWhiteSpace(d.Rationale) ? null : d.Rationale.Trim();
        v.References = string.IsNullOrWhiteSpace(d.References) ? null : d.References.Trim();
        v.CaseId = d.CaseId;
        return v;
    }
}
