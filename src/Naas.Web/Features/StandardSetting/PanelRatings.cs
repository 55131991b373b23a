using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.StandardSetting;

/// <summary>A panellist's page: the units, their own ratings, and in round 2 their own panel's round-1 mean per unit.
/// Nothing about the other panel is ever in it.</summary>
public sealed record PanellistView(
    StandardSettingExercise Exercise,
    Panellist Me,
    IReadOnlyList<RatingUnit> Units,
    IReadOnlyDictionary<string, decimal> Mine,
    IReadOnlyDictionary<string, decimal> MyRound1,
    IReadOnlyDictionary<string, decimal>? OwnPanelRound1Means
);

/// <summary>A panellist's own ratings, round by round: what they see (never the other panel) and what they
/// submit, each rating checked against its unit's range.</summary>
public sealed class PanelRatings(NaasDbContext db, RatingUnits ratingUnits, TimeProvider clock)
{
    public async Task<PanellistView?> PanellistViewAsync(Guid exerciseId, Guid userId, CancellationToken ct)
    {
        var me = await db
            .Panellists.AsNoTracking()
            .Include(p => p.Exercise)
            .SingleOrDefaultAsync(p => p.ExerciseId == exerciseId && p.UserId == userId, ct);
        if (me?.Exercise is null)
            return null;
        var e = me.Exercise;
        var mine = await db.PanelRatings.AsNoTracking().Where(r => r.PanellistId == me.Id).ToListAsync(ct);
        IReadOnlyDictionary<string, decimal>? ownPanel = null;
        if (e.Round == 2 || e.ClosedAt is not null)
            // Discussion data for round 2: the panellist's own panel only. The filter hides other panellists' rows,
            // so this crosses it, restricted by panel, exercise and round here.
            ownPanel = await db
                .PanelRatings.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(r => r.ExerciseId == exerciseId && r.Round == 1 && r.Panellist!.Panel == me.Panel)
                .GroupBy(r => r.Unit)
                .Select(g => new { g.Key, Mean = g.Average(r => r.Value) })
                .ToDictionaryAsync(x => x.Key, x => x.Mean, ct);
        var units = await ratingUnits.UnitsAsync(e, withFacility: e.Round == 2, ct);
        return new PanellistView(
            e,
            me,
            units,
            mine.Where(r => r.Round == e.Round).ToDictionary(r => r.Unit, r => r.Value),
            mine.Where(r => r.Round == 1).ToDictionary(r => r.Unit, r => r.Value),
            ownPanel
        );
    }

    /// <summary>A panellist's ratings for the current round: every unit, each in range, or nothing is saved. Takes the
    /// view the page has just loaded for the signed-in panellist (it is their own place), so the units and, in round 2,
    /// the items' facilities are not worked out twice.</summary>
    public async Task<Dictionary<string, string>> SubmitAsync(
        PanellistView view,
        IReadOnlyDictionary<string, string?> values,
        CancellationToken ct
    )
    {
        var exerciseId = view.Exercise.Id;
        if (view.Exercise.ClosedAt is not null)
            return new() { [""] = "This exercise has closed: ratings can no longer change" };
        var problems = new Dictionary<string, string>();
        var parsed = new Dictionary<string, decimal>();
        foreach (var (u, i) in view.Units.Select((u, i) => (u, i)))
        {
            var raw = values.GetValueOrDefault(u.Key)?.Trim();
            if (string.IsNullOrEmpty(raw))
                problems[u.Key] = $"Enter a rating for {Short(u, i)}";
            else if (
                !decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
                || v < 0
                || v > u.Max
            )
                problems[u.Key] =
                    u.Max == 1
                        ? $"The rating for {Short(u, i)} must be a chance from 0 to 1, like 0.65"
                        : $"The rating for {Short(u, i)} must be marks from 0 to {u.Max:0.##}";
            else
                parsed[u.Key] = v;
        }
        if (problems.Count > 0)
            return problems;
        var round = view.Exercise.Round;
        var old = await db.PanelRatings.Where(r => r.PanellistId == view.Me.Id && r.Round == round).ToListAsync(ct);
        db.PanelRatings.RemoveRange(old);
        db.PanelRatings.AddRange(
            parsed.Select(kv => new PanelRating
            {
                ExerciseId = exerciseId,
                PanellistId = view.Me.Id,
                Round = round,
                Unit = kv.Key,
                Value = kv.Value,
            })
        );
        var me = await db.Panellists.SingleAsync(p => p.Id == view.Me.Id, ct);
        if (round == 1)
            me.Round1At = clock.GetUtcNow();
        else
            me.Round2At = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static string Short(RatingUnit u, int i) =>
        u.Max == 1 ? u.Label.Split(':')[0] : $"criterion {i + 1} ({u.Label})";
}
