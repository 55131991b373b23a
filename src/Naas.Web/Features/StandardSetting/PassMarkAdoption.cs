using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.StandardSetting;

namespace Naas.Web.Features.StandardSetting;

/// <summary>The programme adopts a pass mark from a closed exercise, with its rationale, audited; for the knowledge
/// test each question's mean rating is kept as its Angoff value.</summary>
public sealed class PassMarkAdoption(NaasDbContext db, PanelRounds rounds, TimeProvider clock)
{
    /// <summary>Adopts the pass mark with its rationale. For the knowledge test each live item's rating becomes its
    /// mean over both panels, so every future form's pass mark is the sum of its items' ratings; forms already sat
    /// keep the pass mark they were given. For other elements the adopted mark is what markers must use.</summary>
    public async Task<List<(string Field, string Message)>> AdoptAsync(
        Guid exerciseId,
        string? passMark,
        string? rationale,
        string actor,
        CancellationToken ct
    )
    {
        var e = await db.StandardSettingExercises.SingleOrDefaultAsync(x => x.Id == exerciseId, ct);
        if (e is null)
            return [("", "There is no such exercise")];
        var comparison = await rounds.CompareAsync(e, ct);
        var problems = new List<(string, string)>();
        if (comparison is null)
            problems.Add(("", "Both panels must close before a pass mark is adopted"));
        if (e.AdoptedAt is not null)
            problems.Add(
                ("", "A pass mark has already been adopted from this exercise. Run a new exercise to change it")
            );
        decimal mark = 0;
        if (string.IsNullOrWhiteSpace(passMark))
            problems.Add(("PassMark", "Enter the pass mark to adopt"));
        else if (
            !decimal.TryParse(passMark.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out mark)
            || mark <= 0
            || (comparison is not null && mark > comparison.MaxMarks)
        )
            problems.Add(
                ("PassMark", $"The pass mark must be a number more than 0 and no more than {comparison?.MaxMarks:0.##}")
            );
        if (string.IsNullOrWhiteSpace(rationale) || rationale.Trim().Length < 20)
            problems.Add(
                (
                    "Rationale",
                    "Give the rationale for this pass mark (at least 20 characters): how the panels' recommendations led to it"
                )
            );
        if (problems.Count > 0)
            return problems;

        var previous = await db
            .StandardSettingExercises.Where(x => x.Element == e.Element && x.Level == e.Level && x.AdoptedAt != null)
            .OrderByDescending(x => x.AdoptedAt)
            .FirstOrDefaultAsync(ct);
        (e.AdoptedPassMark, e.AdoptedRationale, e.AdoptedAt, e.AdoptedBy) = (
            mark,
            rationale!.Trim(),
            clock.GetUtcNow(),
            actor
        );
        int? rated = null;
        if (e.Element == RatingUnits.KnowledgeElement)
        {
            var means = Angoff.UnitMeans((await rounds.RoundTwoAsync(e.Id, ct)).Select(r => r.Ratings));
            var ids = means.Keys.Select(Guid.Parse).ToList();
            var versions = await db.KnowledgeItemVersions.Where(v => ids.Contains(v.Id)).ToListAsync(ct);
            foreach (var v in versions)
                v.Rating = Math.Round(means[v.Id.ToString()], 4);
            rated = versions.Count;
        }
        db.Record(
            new PassMarkAdopted(
                e.Id,
                e.Element,
                e.Level,
                mark,
                comparison!.Panel1.CutScore,
                comparison.Panel2.CutScore,
                previous?.AdoptedPassMark,
                previous?.AdoptedAt,
                rated,
                e.AdoptedRationale
            )
        );
        await db.SaveChangesAsync(ct);
        return [];
    }
}
