using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.ItemBank;

/// <summary>What an author types for an item version.</summary>
public sealed class ItemDraft
{
    public ItemType? Type { get; set; }
    public StatusLevel? AppliedFor { get; set; }
    public Guid? AreaId { get; set; }
    public string? Setting { get; set; }
    public string? Stem { get; set; }
    public string? Options { get; set; }
    public string? Key { get; set; }
    public int? OptionsToChoose { get; set; }
    public PartialCreditRule? ScoringRule { get; set; }
    public string? Rationale { get; set; }
    public string? References { get; set; }

    /// <summary>Real tests or the practice test (never both); real tests when not said.</summary>
    public ItemPool? Pool { get; set; }

    /// <summary>The reference of the case this question is about (case-based and scenario items), like
    /// C-00001.</summary>
    public string? Case { get; set; }

    /// <summary>The case the reference resolved to; set by validation, never bound from a form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Guid? CaseId { get; set; }

    public static ItemDraft From(KnowledgeItemVersion v) =>
        new()
        {
            Case = v.Case?.Reference,
            CaseId = v.CaseId,
            Pool = v.Item?.Pool,
            Type = v.Type,
            AppliedFor = v.AppliedFor,
            AreaId = v.AreaId,
            Setting = v.Setting,
            Stem = v.Stem,
            Options = v.Options,
            Key = v.Key,
            OptionsToChoose = v.OptionsToChoose,
            ScoringRule = v.ScoringRule,
            Rationale = v.Rationale,
            References = v.References,
        };
}

/// <summary>Writing questions: a draft checked and saved, edited while it is a draft, a new version of a live one, and
/// the enemies it must never share a form with; every change audited.</summary>
public sealed class ItemDrafts(NaasDbContext db, TimeProvider clock)
{
    public async Task<List<(string Field, string Message)>> ValidateAsync(ItemDraft d, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (d.Type is null)
            problems.Add((nameof(d.Type), "Select the type of question"));
        if (d.AreaId is null || !await db.KnowledgeAreas.AnyAsync(a => a.Id == d.AreaId, ct))
            problems.Add((nameof(d.AreaId), "Select the knowledge and skills area it tests"));
        if (d.Setting is null || !PracticeSettings.All.Contains(d.Setting))
            problems.Add((nameof(d.Setting), "Select the practice setting it tests"));
        if (d.ScoringRule is null)
            problems.Add((nameof(d.ScoringRule), "Select how partly right answers are scored"));
        if (d.Type is { } type)
        {
            var content = new ItemContent(
                type,
                d.Stem,
                KnowledgeItemVersion.Lines(d.Options ?? ""),
                KnowledgeItemVersion.Lines(d.Key ?? ""),
                d.OptionsToChoose ?? 1
            );
            problems.AddRange(content.Validate());
        }
        else if (string.IsNullOrWhiteSpace(d.Stem))
            problems.Add((nameof(d.Stem), "Enter the question"));
        if (!string.IsNullOrWhiteSpace(d.Case))
        {
            var reference = d.Case.Trim().ToUpperInvariant();
            d.CaseId = await db
                .KnowledgeCases.Where(c => c.Reference == reference)
                .Select(c => (Guid?)c.Id)
                .SingleOrDefaultAsync(ct);
            if (d.CaseId is null)
                problems.Add(
                    (
                        nameof(d.Case),
                        $"There is no case {reference}: enter a case reference like C-00001, or leave it blank"
                    )
                );
        }
        return problems;
    }

    /// <summary>What a draft must say before it is saved (what it is and where it belongs); the options and key may
    /// still be incomplete until it is submitted for review.</summary>
    public async Task<List<(string Field, string Message)>> ValidateDraftAsync(ItemDraft d, CancellationToken ct) =>
        (await ValidateAsync(d, ct))
            .Where(p =>
                p.Field
                    is nameof(ItemDraft.Type)
                        or nameof(ItemDraft.AreaId)
                        or nameof(ItemDraft.Setting)
                        or nameof(ItemDraft.Stem)
                        or nameof(ItemDraft.ScoringRule)
                        or nameof(ItemDraft.Case)
            )
            .ToList();

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
                Reference = await NextReferenceAsync(db.KnowledgeItems.Select(i => i.Reference), "K", ct),
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

    /// <summary>The next free reference like K-00042: one more than the highest (not the count, which gaps would
    /// break).</summary>
    public static async Task<string> NextReferenceAsync(
        IQueryable<string> references,
        string prefix,
        CancellationToken ct
    )
    {
        var highest = await references
            .Where(r => r.StartsWith(prefix + "-"))
            .OrderByDescending(r => r.Length)
            .ThenByDescending(r => r)
            .FirstOrDefaultAsync(ct);
        var n = highest is not null && int.TryParse(highest[(prefix.Length + 1)..], out var last) ? last : 0;
        return $"{prefix}-{n + 1:00000}";
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

    /// <summary>Sets the items this one must never share a form with, by reference. Enmity is between items, not
    /// versions, and changing it alters nothing any candidate saw, so it may change at any time, audited.</summary>
    public async Task<string?> SetEnemiesAsync(Guid itemId, string? references, CancellationToken ct)
    {
        var item = await db.KnowledgeItems.Include(i => i.Enemies).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
            return "There is no such item";
        var wanted = (references ?? "")
            .Split([',', '\n', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToUpperInvariant())
            .Distinct()
            .ToList();
        var found = await db
            .KnowledgeItems.Where(i => wanted.Contains(i.Reference))
            .ToDictionaryAsync(i => i.Reference, i => i.Id, ct);
        if (wanted.FirstOrDefault(r => !found.ContainsKey(r)) is { } missing)
            return $"There is no item {missing}: enter references like K-00001, separated by commas";
        if (wanted.Contains(item.Reference))
            return "An item cannot be its own enemy";
        var ids = wanted.Select(r => found[r]).ToHashSet();
        // Stored both ways round, so either item's page shows the pair and assembly reads one direction.
        var reverse = await db.KnowledgeItemEnemies.Where(e => e.EnemyItemId == item.Id).ToListAsync(ct);
        db.KnowledgeItemEnemies.RemoveRange(item.Enemies.Where(e => !ids.Contains(e.EnemyItemId)));
        db.KnowledgeItemEnemies.RemoveRange(reverse.Where(e => !ids.Contains(e.ItemId)));
        foreach (var id in ids.Where(id => item.Enemies.All(e => e.EnemyItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = item.Id, EnemyItemId = id });
        foreach (var id in ids.Where(id => reverse.All(e => e.ItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = id, EnemyItemId = item.Id });
        db.Record(new EnemiesSet(item.Id, item.Reference, wanted.Order().ToList()));
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
