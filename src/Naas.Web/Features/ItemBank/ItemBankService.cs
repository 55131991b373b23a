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
    /// <summary>The reference of the case this question is about (case-based and scenario items), like C-00001.</summary>
    public string? Case { get; set; }
    /// <summary>The case the reference resolved to; set by validation, never bound from a form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public Guid? CaseId { get; set; }

    public static ItemDraft From(KnowledgeItemVersion v) => new()
    {
        Case = v.Case?.Reference, CaseId = v.CaseId, Pool = v.Item?.Pool,
        Type = v.Type, AppliedFor = v.AppliedFor, AreaId = v.AreaId, Setting = v.Setting, Stem = v.Stem, Options = v.Options, Key = v.Key,
        OptionsToChoose = v.OptionsToChoose, ScoringRule = v.ScoringRule, Rationale = v.Rationale, References = v.References,
    };
}

/// <summary>The item bank: drafts, review and lifecycle, every change audited.</summary>
public sealed class ItemBankService(NaasDbContext db, TimeProvider clock, Naas.Web.Features.KnowledgeTest.SittingScorer scorer)
{
    public async Task<List<(string Field, string Message)>> ValidateAsync(ItemDraft d, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (d.Type is null) problems.Add((nameof(d.Type), "Select the type of question"));
        if (d.AreaId is null || !await db.KnowledgeAreas.AnyAsync(a => a.Id == d.AreaId, ct)) problems.Add((nameof(d.AreaId), "Select the knowledge and skills area it tests"));
        if (d.Setting is null || !PracticeSettings.All.Contains(d.Setting)) problems.Add((nameof(d.Setting), "Select the practice setting it tests"));
        if (d.ScoringRule is null) problems.Add((nameof(d.ScoringRule), "Select how partly right answers are scored"));
        if (d.Type is { } type)
        {
            var content = new ItemContent(type, d.Stem, KnowledgeItemVersion.Lines(d.Options ?? ""), KnowledgeItemVersion.Lines(d.Key ?? ""), d.OptionsToChoose ?? 1);
            problems.AddRange(content.Validate());
        }
        else if (string.IsNullOrWhiteSpace(d.Stem)) problems.Add((nameof(d.Stem), "Enter the question"));
        if (!string.IsNullOrWhiteSpace(d.Case))
        {
            var reference = d.Case.Trim().ToUpperInvariant();
            d.CaseId = await db.KnowledgeCases.Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            if (d.CaseId is null) problems.Add((nameof(d.Case), $"There is no case {reference}: enter a case reference like C-00001, or leave it blank"));
        }
        return problems;
    }

    /// <summary>What a draft must say before it is saved (what it is and where it belongs); the options and key may
    /// still be incomplete until it is submitted for review.</summary>
    public async Task<List<(string Field, string Message)>> ValidateDraftAsync(ItemDraft d, CancellationToken ct) =>
        (await ValidateAsync(d, ct)).Where(p => p.Field is nameof(ItemDraft.Type) or nameof(ItemDraft.AreaId) or nameof(ItemDraft.Setting)
            or nameof(ItemDraft.Stem) or nameof(ItemDraft.ScoringRule) or nameof(ItemDraft.Case)).ToList();

    public async Task<KnowledgeItemVersion> CreateAsync(ItemDraft d, Guid author, string authorName, CancellationToken ct)
    {
        KnowledgeItemVersion version = null!;
        async Task AddAsync()
        {
            var item = new KnowledgeItem { Reference = await NextReferenceAsync(db.KnowledgeItems.Select(i => i.Reference), "K", ct), CreatedAt = clock.GetUtcNow(), Pool = d.Pool ?? ItemPool.Assessment };
            version = Apply(new KnowledgeItemVersion { Setting = "", Stem = "", Options = "", Key = "", AuthorUserId = author, AuthorName = authorName }, d);
            item.Versions.Add(version);
            db.KnowledgeItems.Add(item);
            db.Audit("KnowledgeItem", version.Id, "Drafted", $"{item.Reference} version 1 drafted by {authorName}");
        }
        await AddAsync();
        // Two authors saving at once can both pick the next reference: the unique index decides, and the loser takes the one after.
        if (!await db.SaveOrSettleAsync(async () => { await AddAsync(); return true; }, ct, attempts: 10))
            throw new InvalidOperationException("Could not give the item a reference after 10 tries");
        return version;
    }

    /// <summary>The next free reference like K-00042: one more than the highest (not the count, which gaps would break).</summary>
    public static async Task<string> NextReferenceAsync(IQueryable<string> references, string prefix, CancellationToken ct)
    {
        var highest = await references.Where(r => r.StartsWith(prefix + "-")).OrderByDescending(r => r.Length).ThenByDescending(r => r).FirstOrDefaultAsync(ct);
        var n = highest is not null && int.TryParse(highest[(prefix.Length + 1)..], out var last) ? last : 0;
        return $"{prefix}-{n + 1:00000}";
    }

    public async Task<string?> UpdateAsync(KnowledgeItemVersion v, ItemDraft d, Guid actor, CancellationToken ct)
    {
        var (next, refusal) = ItemLifecycle.Apply(v.Status, ItemAction.Edit, actor, v.AuthorUserId, v.FirstUsedAt is not null);
        if (next is null) return refusal;
        if (d.Pool is { } pool && pool != v.Item!.Pool)
        {
            // An item keeps its pool once any candidate has seen any version of it: a practice item's answers are out.
            if (v.Item.TimesShown > 0 || await db.KnowledgeItemVersions.AnyAsync(x => x.ItemId == v.ItemId && x.FirstUsedAt != null, ct))
                return $"{v.Item.Reference} has already been shown to candidates, so it stays {(v.Item.Pool == ItemPool.Practice ? "a practice question" : "a real-test question")}. Write a new question instead";
            v.Item.Pool = pool;
        }
        Apply(v, d);
        v.Status = next.Value;
        db.Audit("KnowledgeItem", v.Id, "Edited", $"{v.Item!.Reference} version {v.Version} edited{(d.Pool is { } p ? $" ({(p == ItemPool.Practice ? "practice test only" : "real tests only")})" : "")}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> ActAsync(KnowledgeItemVersion v, ItemAction action, Guid actor, string actorName, string? reason, CancellationToken ct)
    {
        var (next, refusal) = ItemLifecycle.Apply(v.Status, action, actor, v.AuthorUserId, v.FirstUsedAt is not null);
        if (next is null) return refusal;
        if (action == ItemAction.Submit)
        {
            var problems = await ValidateAsync(ItemDraft.From(v), ct);
            if (problems.Count > 0) return $"Fix this first: {problems[0].Message}";
        }
        if (action == ItemAction.Approve)
        {
            // Only one live version of an item at a time: approving a new one retires the old.
            var live = await db.KnowledgeItemVersions.Where(x => x.ItemId == v.ItemId && x.Status == ItemStatus.Live && x.Id != v.Id).ToListAsync(ct);
            foreach (var old in live) old.Status = ItemStatus.Retired;
            (v.ReviewerUserId, v.ReviewerName, v.ReviewedAt) = (actor, actorName, clock.GetUtcNow());
        }
        var from = v.Status;
        v.Status = next.Value;
        db.Audit("KnowledgeItem", v.Id, action.ToString(), $"{v.Item!.Reference} version {v.Version}: {from} → {next.Value} by {actorName}", reason);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Corrects a wrong key, even on a version already used: the one change a used version allows, because
    /// candidates must not keep marks from a wrong key or lose them to one. Every submitted sitting that used the
    /// version is re-scored, with an audit record for each changed score, all in one transaction.</summary>
    public async Task<(int Rescored, string? Problem)> CorrectKeyAsync(KnowledgeItemVersion v, string? newKey, string? reason, string actorName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return (0, "Enter why the key is being corrected");
        var key = KnowledgeItemVersion.Lines(newKey ?? "");
        var problems = new ItemContent(v.Type, v.Stem, KnowledgeItemVersion.Lines(v.Options), key, v.OptionsToChoose).Validate();
        if (problems.Count > 0) return (0, problems[0].Message);
        var joined = string.Join("\n", key);
        if (joined == v.Key) return (0, "The new key is the same as the old one");
        db.Audit("KnowledgeItem", v.Id, "KeyCorrected", $"{v.Item!.Reference} version {v.Version} key \"{v.Key.Replace("\n", "; ")}\" → \"{joined.Replace("\n", "; ")}\"", reason.Trim());
        v.Key = joined;
        var idText = v.Id.ToString();
        // Every candidate's sitting, not only the caller's: the author cannot read them, but the correction must reach them all.
        var attempts = await db.KnowledgeAttempts.IgnoreQueryFilters().Where(a => a.SubmittedAt != null && a.ItemVersionIds.Contains(idText)).ToListAsync(ct);
        var rescored = 0;
        foreach (var attempt in attempts)
        {
            var (score, _) = await scorer.ScoreAsync(attempt, ct);
            if (score == attempt.Score) continue;
            db.Audit("KnowledgeAttempt", attempt.Id, "Rescored", $"Re-scored after the key of {v.Item.Reference} was corrected: {attempt.Score:0.##} → {score:0.##}", reason.Trim());
            attempt.Score = score;
            rescored++;
        }
        await db.SaveChangesAsync(ct);
        return (rescored, null);
    }

    /// <summary>Sets the items this one must never share a form with, by reference. Enmity is between items, not
    /// versions, and changing it alters nothing any candidate saw, so it may change at any time, audited.</summary>
    public async Task<string?> SetEnemiesAsync(Guid itemId, string? references, CancellationToken ct)
    {
        var item = await db.KnowledgeItems.Include(i => i.Enemies).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return "There is no such item";
        var wanted = (references ?? "").Split([',', '\n', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToUpperInvariant()).Distinct().ToList();
        var found = await db.KnowledgeItems.Where(i => wanted.Contains(i.Reference)).ToDictionaryAsync(i => i.Reference, i => i.Id, ct);
        if (wanted.FirstOrDefault(r => !found.ContainsKey(r)) is { } missing) return $"There is no item {missing}: enter references like K-00001, separated by commas";
        if (wanted.Contains(item.Reference)) return "An item cannot be its own enemy";
        var ids = wanted.Select(r => found[r]).ToHashSet();
        // Stored both ways round, so either item's page shows the pair and assembly reads one direction.
        var reverse = await db.KnowledgeItemEnemies.Where(e => e.EnemyItemId == item.Id).ToListAsync(ct);
        db.KnowledgeItemEnemies.RemoveRange(item.Enemies.Where(e => !ids.Contains(e.EnemyItemId)));
        db.KnowledgeItemEnemies.RemoveRange(reverse.Where(e => !ids.Contains(e.ItemId)));
        foreach (var id in ids.Where(id => item.Enemies.All(e => e.EnemyItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = item.Id, EnemyItemId = id });
        foreach (var id in ids.Where(id => reverse.All(e => e.ItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = id, EnemyItemId = item.Id });
        db.Audit("KnowledgeItem", item.Id, "EnemiesSet", $"{item.Reference} enemies: {(wanted.Count == 0 ? "none" : string.Join(", ", wanted.Order()))}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A new draft version copied from this one; the old stays as it was.</summary>
    public async Task<KnowledgeItemVersion> NewVersionAsync(KnowledgeItemVersion v, Guid author, string authorName, CancellationToken ct)
    {
        var latest = await db.KnowledgeItemVersions.Where(x => x.ItemId == v.ItemId).MaxAsync(x => x.Version, ct);
        var copy = Apply(new KnowledgeItemVersion { ItemId = v.ItemId, Version = latest + 1, Setting = "", Stem = "", Options = "", Key = "", AuthorUserId = author, AuthorName = authorName, Rating = v.Rating }, ItemDraft.From(v));
        db.KnowledgeItemVersions.Add(copy);
        db.Audit("KnowledgeItem", copy.Id, "NewVersion", $"{v.Item!.Reference} version {copy.Version} drafted from version {v.Version} by {authorName}");
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

    /// <summary>Aggregate only: the content team sees how a question performs, never whose answers made it so.</summary>
    public async Task<(int Sittings, decimal? Facility)> StatisticsAsync(KnowledgeItemVersion v, CancellationToken ct)
    {
        var idText = v.Id.ToString();
        // Across every candidate's sitting, which the author cannot otherwise read; only totals leave this method.
        var sittings = await db.KnowledgeAttempts.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.SubmittedAt != null && a.ItemVersionIds.Contains(idText))
            .Select(a => new { a.Id, a.ItemVersionIds }).ToListAsync(ct);
        if (sittings.Count == 0) return (0, null);
        var attemptIds = sittings.Select(s => s.Id).ToList();
        var answers = await db.KnowledgeAnswers.AsNoTracking().Where(x => attemptIds.Contains(x.AttemptId)).ToListAsync(ct);
        var key = Naas.Web.Features.KnowledgeTest.SittingScorer.KeyOf(v);
        decimal total = 0;
        foreach (var s in sittings)
        {
            var position = s.ItemVersionIds.Split(',').ToList().IndexOf(idText) + 1;
            var answer = answers.SingleOrDefault(x => x.AttemptId == s.Id && x.Position == position);
            var score = ItemScoring.Score(key, Naas.Web.Features.KnowledgeTest.SittingScorer.ResponseOf(v, answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response)), v.ScoringRule);
            total += score.Max == 0 ? 0 : score.Score / score.Max;
        }
        return (sittings.Count, Math.Round(total / sittings.Count, 2));
    }

}

/// <summary>QTI packages in and out of the bank.</summary>
public sealed class ItemBankInterchange(NaasDbContext db, ItemBankService bank, Naas.Web.Infrastructure.IFileStore files, TimeProvider clock)
{
    /// <summary>Every live question; with <paramref name="includeDrafts"/>, each question's newest version that is not
    /// retired (a draft or one in review where there is one), so work in progress can move between banks too.</summary>
    public async Task<byte[]> ExportLiveAsync(CancellationToken ct, bool includeDrafts = false)
    {
        var versions = await db.KnowledgeItemVersions.AsNoTracking().Include(v => v.Item).Include(v => v.Area).Include(v => v.Case)
            .Where(v => includeDrafts ? v.Status != ItemStatus.Retired : v.Status == ItemStatus.Live).ToListAsync(ct);
        var chosen = versions.GroupBy(v => v.ItemId).Select(g => g.OrderByDescending(v => v.Version).First());
        var levels = await db.Statuses.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Level, ct);
        return QtiPackage.Export(chosen.OrderBy(v => v.Item!.Reference).Select(v => new QtiItem(
            v.Item!.Reference, v.Type, v.Stem, KnowledgeItemVersion.Lines(v.Options), KnowledgeItemVersion.Lines(v.Key), v.OptionsToChoose,
            v.ScoringRule, levels[v.Area!.StatusId], v.Area.Number, v.AppliedFor, v.Setting, v.Rationale, v.References,
            Case: v.Case?.Reference, Pool: v.Item.Pool)));
    }

    /// <summary>Imports each readable item as a new draft; reports per item what came in and what did not.</summary>
    /// <summary>Questions from other tools say nothing of our areas and settings: <paramref name="defaultAreaId"/> and
    /// <paramref name="defaultSetting"/>, chosen on the import form, are given to every question that does not say
    /// (the author can change each draft afterwards). Without them such a question is reported, not imported.</summary>
    public async Task<List<QtiImportLine>> ImportAsync(Stream package, Guid author, string authorName, CancellationToken ct,
        Guid? defaultAreaId = null, string? defaultSetting = null)
    {
        var (items, report) = QtiPackage.Import(package);
        var areas = await db.KnowledgeAreas.AsNoTracking().Join(db.Statuses, a => a.StatusId, s => s.Id, (a, s) => new { a.Id, a.Number, s.Level }).ToListAsync(ct);
        // Every draft in one transaction: a failure part-way leaves none of them, and the report says so.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (index, item) in items)
        {
            var line = report[index];
            var fromForm = item.AreaStatus is null;
            if (fromForm && (defaultAreaId is null || defaultSetting is null))
            {
                report[index] = line with { Imported = false, Message = "The package does not say which knowledge and skills area and practice setting this question tests. " +
                    "Choose them on the import form (they apply to every question that does not say) and import the package again" };
                continue;
            }
            var area = fromForm ? areas.SingleOrDefault(a => a.Id == defaultAreaId)
                : areas.SingleOrDefault(a => a.Level == item.AreaStatus && a.Number == item.AreaNumber);
            var setting = fromForm ? defaultSetting! : item.Setting!;
            if (area is null || !PracticeSettings.All.Contains(setting))
            {
                report[index] = line with { Imported = false, Message = area is null
                    ? $"There is no area {item.AreaNumber} in the {item.AreaStatus?.Name()} standard" : $"\"{setting}\" is not a practice setting we use" };
                continue;
            }
            // A question already in the bank under its reference, saying the same, is not brought in twice.
            var options = string.Join("\n", item.Options);
            var keyText = string.Join("\n", item.Key);
            var same = await db.KnowledgeItemVersions.AsNoTracking().Where(v => v.Item!.Reference == item.Reference && v.Type == item.Type
                && v.Stem == item.Stem && v.Options == options && v.Key == keyText).Select(v => v.Item!.Reference).FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                report[index] = line with { Imported = false, Message = $"Already in the bank as {same}, saying the same: not imported again" };
                continue;
            }
            Guid? caseId = null;
            var notes = new List<string>();
            if (item.Image is { } image)
            {
                // The picture and the text around it become a case, stored like any case's media.
                var pictured = new KnowledgeCase
                {
                    Reference = await ItemBankService.NextReferenceAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct),
                    Title = image.Title, Text = image.Text.Length > 8000 ? image.Text[..8000] : image.Text, Transcript = image.Alt.Length > 20000 ? image.Alt[..20000] : image.Alt,
                    MediaContentType = image.ContentType, CreatedAt = clock.GetUtcNow(),
                };
                pictured.MediaKey = $"cases/{pictured.Id:N}/{Guid.NewGuid():N}.media";
                await files.SaveAsync(pictured.MediaKey, new MemoryStream(image.Content), ct);
                db.KnowledgeCases.Add(pictured);
                db.Audit("KnowledgeCase", pictured.Id, "Created", $"{pictured.Reference} created from the picture in imported question {item.Reference}");
                await db.SaveChangesAsync(ct);
                caseId = pictured.Id;
                notes.Add($"its picture is case {pictured.Reference}");
            }
            if (await db.KnowledgeItems.AnyAsync(i => i.Reference == item.Reference, ct))
                notes.Add($"the bank already has {item.Reference} saying something else, so this came in as a new question");
            if (item.Case is { } caseReference)
            {
                caseId = await db.KnowledgeCases.Where(c => c.Reference == caseReference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
                if (caseId is null) notes.Add($"its case {caseReference} is not in this bank, so it came in without it");
            }
            var version = await bank.CreateAsync(new ItemDraft
            {
                CaseId = caseId, Pool = item.Pool,
                Type = item.Type, AppliedFor = item.AppliedFor, AreaId = area.Id, Setting = setting, Stem = item.Stem,
                Options = string.Join("\n", item.Options), Key = string.Join("\n", item.Key), OptionsToChoose = item.OptionsToChoose,
                ScoringRule = item.ScoringRule, Rationale = item.Rationale, References = item.References,
            }, author, authorName, ct);
            var changed = new[] { fromForm ? "area and setting from the form" : null, item.Changes }.Concat(notes).Where(c => c is not null).ToList();
            report[index] = line with { Message = $"Imported as draft {(await db.KnowledgeItems.Where(i => i.Id == version.ItemId).Select(i => i.Reference).SingleAsync(ct))}" +
                (changed.Count == 0 ? "" : $". Changed: {string.Join("; ", changed)}") };
        }
        await tx.CommitAsync(ct);
        return report;
    }
}
