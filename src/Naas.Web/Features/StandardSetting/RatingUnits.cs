using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;
using Naas.Web.Features.ItemBank;
using Naas.Web.Features.Results;

namespace Naas.Web.Features.StandardSetting;

/// <summary>One thing a panellist rates. A knowledge question comes whole, as a candidate would read it: its stem,
/// its options (or statements) and its case, so it is judged on more than its stem. The key is not sent.</summary>
public sealed record RatingUnit(
    string Key,
    string Label,
    decimal Max,
    decimal? Facility,
    string? Stem = null,
    IReadOnlyList<string>? Options = null,
    string? TypeName = null,
    Naas.Data.Entities.KnowledgeCase? Case = null
);

/// <summary>What an exercise asks its panellists to rate: each question of the knowledge test whole (with its
/// facility in round 2), or each marking criterion of a marked element.</summary>
public sealed class RatingUnits(NaasDbContext db, ItemStatistics bank)
{
    public const string KnowledgeElement = AssessmentViews.Knowledge;

    /// <summary>The units every panellist rates: for the knowledge test, every live item the status's forms draw on
    /// (general and its applied knowledge), with its facility where candidates have answered it.</summary>
    public async Task<List<RatingUnit>> UnitsAsync(StandardSettingExercise e, bool withFacility, CancellationToken ct)
    {
        if (e.Element != KnowledgeElement)
            return ExerciseSetup
                .ParseCriteria(e.Criteria, out _)
                .Select((c, i) => new RatingUnit($"c{i + 1}", c.Name, c.Max, null))
                .ToList();
        var versions = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Include(v => v.Item)
            .Include(v => v.Case)
            .Where(v => v.Status == ItemStatus.Live && (v.AppliedFor == null || v.AppliedFor == e.Level))
            .OrderBy(v => v.Item!.Reference)
            .ToListAsync(ct);
        var units = new List<RatingUnit>();
        foreach (var v in versions)
            units.Add(
                new RatingUnit(
                    v.Id.ToString(),
                    $"{v.Item!.Reference}: {v.Stem}",
                    1,
                    withFacility ? (await bank.StatisticsAsync(v, ct)).Facility : null,
                    v.Stem,
                    KnowledgeItemVersion.Lines(v.Options),
                    v.Type.Name(),
                    v.Case
                )
            );
        return units;
    }
}
