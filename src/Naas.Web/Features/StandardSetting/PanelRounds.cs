using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.StandardSetting;

namespace Naas.Web.Features.StandardSetting;

public sealed record ExerciseComparison(
    PanelResult Panel1,
    PanelResult Panel2,
    PanelComparison Comparison,
    decimal MaxMarks
);

/// <summary>An exercise's rounds: moving it from round 1 to round 2 and then closing it, and the two panels
/// compared side by side once both have closed.</summary>
public sealed class PanelRounds(NaasDbContext db, RatingUnits ratingUnits, TimeProvider clock)
{
    /// <summary>Moves the exercise on: to round 2 once every panellist has rated round 1; closed once they all have
    /// rated round 2.</summary>
    public async Task<string?> AdvanceAsync(Guid exerciseId, CancellationToken ct)
    {
        var e = await db
            .StandardSettingExercises.Include(x => x.Panellists)
            .SingleOrDefaultAsync(x => x.Id == exerciseId, ct);
        if (e is null)
            return "There is no such exercise";
        if (e.ClosedAt is not null)
            return "This exercise has already closed";
        var waiting = e
            .Panellists.Where(p => (e.Round == 1 ? p.Round1At : p.Round2At) is null)
            .Select(p => p.Name)
            .ToList();
        if (waiting.Count > 0)
            return $"Waiting for round {e.Round} ratings from {string.Join(", ", waiting)}";
        if (e.Round == 1)
        {
            e.Round = 2;
            db.Record(new RoundTwoOpened(e.Id));
        }
        else
        {
            e.ClosedAt = clock.GetUtcNow();
            db.Record(new ExerciseClosed(e.Id));
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Both panels side by side, from their round-2 ratings: only once both have closed.</summary>
    public async Task<ExerciseComparison?> CompareAsync(StandardSettingExercise e, CancellationToken ct)
    {
        if (e.ClosedAt is null)
            return null;
        var ratings = await RoundTwoAsync(e.Id, ct);
        // An exercise closed without both panels' round-2 ratings (one adopted outside the service, or before
        // panels were recorded) has nothing to compare: the page shows what else it has rather than failing.
        if (ratings.Select(r => r.Panel).Distinct().Count() < 2)
            return null;
        PanelResult Panel(int n) => Angoff.Panel(ratings.Where(r => r.Panel == n).Select(r => r.Ratings).ToList());
        var (p1, p2) = (Panel(1), Panel(2));
        var units = await ratingUnits.UnitsAsync(e, withFacility: false, ct);
        return new ExerciseComparison(p1, p2, Angoff.Compare(p1, p2), units.Sum(u => u.Max));
    }

    public async Task<List<(int Panel, IReadOnlyDictionary<string, decimal> Ratings)>> RoundTwoAsync(
        Guid exerciseId,
        CancellationToken ct
    ) =>
        (
            await db
                .PanelRatings.AsNoTracking()
                .Include(r => r.Panellist)
                .Where(r => r.ExerciseId == exerciseId && r.Round == 2)
                .ToListAsync(ct)
        )
            .GroupBy(r => r.PanellistId)
            .Select(g =>
                (
                    g.First().Panellist!.Panel,
                    (IReadOnlyDictionary<string, decimal>)g.ToDictionary(r => r.Unit, r => r.Value)
                )
            )
            .ToList();
}
