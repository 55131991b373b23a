using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.ItemBank;

/// <summary>QTI packages in and out of the bank.</summary>
public sealed class ItemBankInterchange(
    NaasDbContext db,
    ItemDrafts bank,
    Naas.Web.Infrastructure.IFileStore files,
    TimeProvider clock
)
{
    /// <summary>Every live question; with <paramref name="includeDrafts"/>, each question's newest version that is not
    /// retired (a draft or one in review where there is one), so work in progress can move between banks too.</summary>
    public async Task<byte[]> ExportLiveAsync(CancellationToken ct, bool includeDrafts = false)
    {
        var versions = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Include(v => v.Item)
            .Include(v => v.Area)
            .Include(v => v.Case)
            .Where(v => includeDrafts ? v.Status != ItemStatus.Retired : v.Status == ItemStatus.Live)
            .ToListAsync(ct);
        var chosen = versions.GroupBy(v => v.ItemId).Select(g => g.OrderByDescending(v => v.Version).First());
        var levels = await db.Statuses.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Level, ct);
        return QtiExport.Export(
            chosen
                .OrderBy(v => v.Item!.Reference)
                .Select(v => new QtiItem(
                    v.Item!.Reference,
                    v.Type,
                    v.Stem,
                    KnowledgeItemVersion.Lines(v.Options),
                    KnowledgeItemVersion.Lines(v.Key),
                    v.OptionsToChoose,
                    v.ScoringRule,
                    levels[v.Area!.StatusId],
                    v.Area.Number,
                    v.AppliedFor,
                    v.Setting,
                    v.Rationale,
                    v.References,
                    Case: v.Case?.Reference,
                    Pool: v.Item.Pool
                ))
        );
    }

    /// <summary>Imports each readable item as a new draft; reports per item what came in and what did not.</summary>
    /// <summary>Questions from other tools say nothing of our areas and settings: <paramref name="defaultAreaId"/> and
    /// <paramref name="defaultSetting"/>, chosen on the import form, are given to every question that does not say
    /// (the author can change each draft afterwards). Without them such a question is reported, not imported.</summary>
    public async Task<List<QtiImportLine>> ImportAsync(
        Stream package,
        Guid author,
        string authorName,
        CancellationToken ct,
        Guid? defaultAreaId = null,
        string? defaultSetting = null
    )
    {
        var (items, report) = QtiImport.Import(package);
        var areas = await db
            .KnowledgeAreas.AsNoTracking()
            .Join(
                db.Statuses,
                a => a.StatusId,
                s => s.Id,
                (a, s) =>
                    new
                    {
                        a.Id,
                        a.Number,
                        s.Level,
                    }
            )
            .ToListAsync(ct);
        // Every draft in one transaction: a failure part-way leaves none of them, and the report says so.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (index, item) in items)
        {
            var line = report[index];
            var fromForm = item.AreaStatus is null;
            if (fromForm && (defaultAreaId is null || defaultSetting is null))
            {
                report[index] = line with
                {
                    Imported = false,
                    Message =
                        "The package does not say which knowledge and skills area and practice setting this question tests. "
                        + "Choose them on the import form (they apply to every question that does not say) and import the package again",
                };
                continue;
            }
            var area = fromForm
                ? areas.SingleOrDefault(a => a.Id == defaultAreaId)
                : areas.SingleOrDefault(a => a.Level == item.AreaStatus && a.Number == item.AreaNumber);
            var setting = fromForm ? defaultSetting! : item.Setting!;
            if (area is null || !PracticeSettings.All.Contains(setting))
            {
                report[index] = line with
                {
                    Imported = false,
                    Message = area is null
                        ? $"There is no area {item.AreaNumber} in the {item.AreaStatus?.Name()} standard"
                        : $"\"{setting}\" is not a practice setting we use",
                };
                continue;
            }
            // A question already in the bank under its reference, saying the same, is not brought in twice.
            var options = string.Join("\n", item.Options);
            var keyText = string.Join("\n", item.Key);
            var same = await db
                .KnowledgeItemVersions.AsNoTracking()
                .Where(v =>
                    v.Item!.Reference == item.Reference
                    && v.Type == item.Type
                    && v.Stem == item.Stem
                    && v.Options == options
                    && v.Key == keyText
                )
                .Select(v => v.Item!.Reference)
                .FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                report[index] = line with
                {
                    Imported = false,
                    Message = $"Already in the bank as {same}, saying the same: not imported again",
                };
                continue;
            }
            Guid? caseId = null;
            var notes = new List<string>();
            if (item.Image is { } image)
            {
                // The picture and the text around it become a case, stored like any case's media.
                var pictured = new KnowledgeCase
                {
                    Reference = await BankReferences.NextAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct),
                    Title = image.Title,
                    Text = image.Text.Length > 8000 ? image.Text[..8000] : image.Text,
                    Transcript = image.Alt.Length > 20000 ? image.Alt[..20000] : image.Alt,
                    MediaContentType = image.ContentType,
                    CreatedAt = clock.GetUtcNow(),
                };
                pictured.MediaKey = $"cases/{pictured.Id:N}/{Guid.NewGuid():N}.media";
                await files.SaveAsync(pictured.MediaKey, new MemoryStream(image.Content), ct);
                db.KnowledgeCases.Add(pictured);
                db.Record(new CaseFromImportedPicture(pictured.Id, pictured.Reference, item.Reference));
                await db.SaveChangesAsync(ct);
                caseId = pictured.Id;
                notes.Add($"its picture is case {pictured.Reference}");
            }
            if (await db.KnowledgeItems.AnyAsync(i => i.Reference == item.Reference, ct))
                notes.Add(
                    $"the bank already has {item.Reference} saying something else, so this came in as a new question"
                );
            if (item.Case is { } caseReference)
            {
                caseId = await db
                    .KnowledgeCases.Where(c => c.Reference == caseReference)
                    .Select(c => (Guid?)c.Id)
                    .SingleOrDefaultAsync(ct);
                if (caseId is null)
                    notes.Add($"its case {caseReference} is not in this bank, so it came in without it");
            }
            var version = await bank.CreateAsync(
                new ItemDraft
                {
                    CaseId = caseId,
                    Pool = item.Pool,
                    Type = item.Type,
                    AppliedFor = item.AppliedFor,
                    AreaId = area.Id,
                    Setting = setting,
                    Stem = item.Stem,
                    Options = string.Join("\n", item.Options),
                    Key = string.Join("\n", item.Key),
                    OptionsToChoose = item.OptionsToChoose,
                    ScoringRule = item.ScoringRule,
                    Rationale = item.Rationale,
                    References = item.References,
                },
                author,
                authorName,
                ct
            );
            var changed = new[] { fromForm ? "area and setting from the form" : null, item.Changes }
                .Concat(notes)
                .Where(c => c is not null)
                .ToList();
            report[index] = line with
            {
                Message =
                    $"Imported as draft {(await db.KnowledgeItems.Where(i => i.Id == version.ItemId).Select(i => i.Reference).SingleAsync(ct))}"
                    + (changed.Count == 0 ? "" : $". Changed: {string.Join("; ", changed)}"),
            };
        }
        await tx.CommitAsync(ct);
        return report;
    }
}
