using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

namespace Naas.Web.Features.ItemBank;

/// <summary>What an item must say: all of it before review (<see cref="ValidateAsync"/>), what it is and where
/// it belongs before a draft is saved (<see cref="ValidateDraftAsync"/>).</summary>
public sealed class ItemDraftChecks(NaasDbContext db)
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
}
