using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Scenarios;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Scenarios;

/// <summary>A scenario's marking guide: criteria mapped to the areas of its status's knowledge and skills statement,
/// each with behavioural anchors at every level, added and removed one at a time on a draft.</summary>
public sealed class ScenarioGuides(NaasDbContext db)
{
    /// <summary>The areas of one status's knowledge and skills statement, in order.</summary>
    public Task<List<KnowledgeArea>> AreasAsync(StatusLevel level, CancellationToken ct) =>
        db
            .KnowledgeAreas.AsNoTracking()
            .Where(a => db.Statuses.Any(s => s.Id == a.StatusId && s.Level == level))
            .OrderBy(a => a.Number)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<(string Field, string Message)>> AddAsync(
        ScenarioVersion v,
        CriterionDraft draft,
        Guid actor,
        CancellationToken ct
    )
    {
        if (ScenarioDrafts.Refusal(v, actor) is { } refusal)
            return [("", refusal)];
        if (v.Criteria.Count >= ScenarioContent.MaxCriteria)
            return [("", $"A marking guide has at most {ScenarioContent.MaxCriteria} criteria")];
        var areas = await AreasAsync(v.Scenario!.For, ct);
        var areaId = Guid.TryParse(draft.AreaId, out var a) ? a : (Guid?)null;
        var content = Content(
            draft.Text,
            string.IsNullOrWhiteSpace(draft.AreaId) ? null : areaId ?? Guid.Empty,
            draft.NotShown,
            draft.PartlyShown,
            draft.Shown,
            draft.StronglyShown,
            areas
        );
        if (content.Validate(areas.Select(a => a.Number).ToList()) is { Count: > 0 } problems)
            return problems
                .Select(p => (p.Field == nameof(CriterionContent.AreaNumber) ? "AreaId" : p.Field, p.Message))
                .ToList();
        if (v.Criteria.Any(c => string.Equals(c.Text, draft.Text!.Trim(), StringComparison.OrdinalIgnoreCase)))
            return
            [
                (
                    nameof(CriterionDraft.Text),
                    "The guide already has this criterion: each must assess something different"
                ),
            ];
        v.Criteria.Add(
            new ScenarioCriterion(
                draft.Text!.Trim(),
                areaId!.Value,
                Lines(draft.NotShown),
                Lines(draft.PartlyShown),
                Lines(draft.Shown),
                Lines(draft.StronglyShown)
            )
        );
        v.Status = Naas.Domain.ItemBank.ItemStatus.Draft;
        db.Record(new ScenarioEdited(v.Id, v.Scenario.Reference, v.Version, $"criterion added: {draft.Text.Trim()}"));
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<string?> RemoveAsync(ScenarioVersion v, int position, Guid actor, CancellationToken ct)
    {
        if (ScenarioDrafts.Refusal(v, actor) is { } refusal)
            return refusal;
        if (position < 1 || position > v.Criteria.Count)
            return "There is no such criterion in this guide";
        var removed = v.Criteria[position - 1];
        v.Criteria.RemoveAt(position - 1);
        v.Status = Naas.Domain.ItemBank.ItemStatus.Draft;
        db.Record(new ScenarioEdited(v.Id, v.Scenario!.Reference, v.Version, $"criterion removed: {removed.Text}"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The whole guide checked, as the domain's rules say, before it can go to review.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(ScenarioVersion v, CancellationToken ct)
    {
        var areas = await AreasAsync(v.Scenario!.For, ct);
        var criteria = v
            .Criteria.Select(c => Content(c.Text, c.AreaId, c.NotShown, c.PartlyShown, c.Shown, c.StronglyShown, areas))
            .ToList();
        return ScenarioContent.ValidateGuide(criteria, areas.Select(a => a.Number).ToList());
    }

    private static CriterionContent Content(
        string? text,
        Guid? areaId,
        string? notShown,
        string? partlyShown,
        string? shown,
        string? stronglyShown,
        List<KnowledgeArea> areas
    )
    {
        // An area id from another status (or none at all) has no number here, which the rule refuses by name.
        int? number = areaId is null ? null : areas.SingleOrDefault(a => a.Id == areaId)?.Number ?? 0;
        return new CriterionContent(text, number, notShown, partlyShown, shown, stronglyShown);
    }

    private static string Lines(string? text) =>
        string.Join('\n', CriterionContent.Behaviours(text?.Replace("\r", "")));
}
