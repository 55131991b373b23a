using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.StandardSetting;
using Naas.Domain.Workforce;
using Naas.Web.Features.DevelopmentPlans;
using Naas.Web.Features.ItemBank;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Reports;
using Naas.Web.Features.Results;
using Naas.Web.Features.Reviews;

namespace Naas.Web.Features.StandardSetting;

/// <summary>What a panellist rates: a knowledge item (0 to 1, the chance a just-good-enough candidate gets it right)
/// or a marking criterion (0 to its maximum marks).</summary>
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

public sealed record ExerciseComparison(
    PanelResult Panel1,
    PanelResult Panel2,
    PanelComparison Comparison,
    decimal MaxMarks
);

/// <summary>Standard setting (¶40): two independent panels, modified Angoff in two rounds; the programme sees both
/// panels side by side only once both have closed, and adopts a pass mark with its rationale.</summary>
public sealed class StandardSettingService(
    NaasDbContext db,
    UserManager<ApplicationUser> users,
    AssessmentViews assessments,
    ItemStatistics bank,
    TimeProvider clock
)
{
    public const string KnowledgeElement = AssessmentViews.Knowledge;

    public async Task<(StandardSettingExercise? Exercise, List<(string Field, string Message)> Problems)> CreateAsync(
        string? element,
        StatusLevel? level,
        string? criteria,
        string? panel1,
        string? panel2,
        string actor,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (level is null)
            problems.Add(("Level", "Select the status"));
        var elements = level is { } l ? await assessments.ElementsAsync(l, ct) : [];
        if (element is null || (level is not null && elements.All(e => e.Kind != element)))
            problems.Add(("Element", "Select an element of that status's assessment"));
        string? criteriaText = null;
        if (element is not null && element != KnowledgeElement)
        {
            var parsed = ParseCriteria(criteria, out var problem);
            if (problem is not null)
                problems.Add(("Criteria", problem));
            else
                criteriaText = string.Join(
                    "\n",
                    parsed.Select(c => $"{c.Name}|{c.Max.ToString(CultureInfo.InvariantCulture)}")
                );
        }
        var members = new List<(int Panel, ApplicationUser User)>();
        foreach (var (panel, text, field) in new[] { (1, panel1, "Panel1"), (2, panel2, "Panel2") })
        {
            var emails = (text ?? "")
                .Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (emails.Count < 2)
            {
                problems.Add((field, $"Enter at least 2 panellists' email addresses for panel {panel}, one per line"));
                continue;
            }
            foreach (var email in emails)
            {
                var user = await users.FindByEmailAsync(email);
                if (user is null || !await users.IsInRoleAsync(user, Roles.StandardSettingPanellist))
                    problems.Add(
                        (
                            field,
                            $"{email} is not a standard-setting panellist's account. Invite them with the panellist role first"
                        )
                    );
                else
                    members.Add((panel, user));
            }
        }
        var both = members
            .GroupBy(m => m.User.Id)
            .Where(g => g.Select(m => m.Panel).Distinct().Count() > 1)
            .Select(g => g.First().User.Email)
            .ToList();
        if (both.Count > 0)
            problems.Add(("Panel2", $"The panels must be independent: {string.Join(", ", both)} cannot sit on both"));
        if (problems.Count > 0)
            return (null, problems);

        var exercise = new StandardSettingExercise
        {
            Element = element!,
            Level = level!.Value,
            Criteria = criteriaText,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        exercise.Panellists.AddRange(
            members.Select(m => new Panellist
            {
                ExerciseId = exercise.Id,
                Panel = m.Panel,
                UserId = m.User.Id,
                Name = m.User.DisplayName ?? m.User.Email!,
            })
        );
        db.StandardSettingExercises.Add(exercise);
        db.Record(
            new ExerciseCreated(
                exercise.Id,
                element!,
                level.Value,
                members.Count(m => m.Panel == 1),
                members.Count(m => m.Panel == 2)
            )
        );
        await db.SaveChangesAsync(ct);
        return (exercise, []);
    }

    public static List<(string Name, decimal Max)> ParseCriteria(string? text, out string? problem)
    {
        var list = new List<(string, decimal)>();
        problem = null;
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            problem =
                "Enter the marking criteria, one per line, as the criterion, a | and its maximum marks, like Analysis of risk|10";
            return list;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (
                parts.Length != 2
                || parts[0].Length == 0
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var max)
                || max <= 0
                || max > 1000
            )
            {
                problem =
                    $"Line {i + 1} must be a criterion, a | and its maximum marks (more than 0), like Analysis of risk|10";
                return list;
            }
            list.Add((parts[0], max));
        }
        return list;
    }

    /// <summary>The units every panellist rates: for the knowledge test, every live item the status's forms draw on
    /// (general and its applied knowledge), with its facility where candidates have answered it.</summary>
    public async Task<List<RatingUnit>> UnitsAsync(StandardSettingExercise e, bool withFacility, CancellationToken ct)
    {
        if (e.Element != KnowledgeElement)
            return ParseCriteria(e.Criteria, out _)
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
        var units = await UnitsAsync(e, withFacility: e.Round == 2, ct);
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
        PanelResult Panel(int n) => Angoff.Panel(ratings.Where(r => r.Panel == n).Select(r => r.Ratings).ToList());
        var (p1, p2) = (Panel(1), Panel(2));
        var units = await UnitsAsync(e, withFacility: false, ct);
        return new ExerciseComparison(p1, p2, Angoff.Compare(p1, p2), units.Sum(u => u.Max));
    }

    private async Task<List<(int Panel, IReadOnlyDictionary<string, decimal> Ratings)>> RoundTwoAsync(
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
        var comparison = await CompareAsync(e, ct);
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
        if (e.Element == KnowledgeElement)
        {
            var means = Angoff.UnitMeans((await RoundTwoAsync(e.Id, ct)).Select(r => r.Ratings));
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
