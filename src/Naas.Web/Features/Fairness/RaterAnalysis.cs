using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Observation;
using Naas.Domain.Results;
using Naas.Domain.Scenarios;
using Naas.Psychometrics;

namespace Naas.Web.Features.Fairness;

/// <summary>Observer, actor and scenario severity (issue 16, item 2): every submitted observation sheet's criterion
/// levels (0 to 3) in one many-facet Rasch model (<see cref="Facets"/>: candidate, observer, actor, scenario, and
/// each scenario's criteria centred within it), each element's severity with its standard error and fit, the pass
/// rate of the candidates each one saw, and what would change if every simulation's agreed mark were adjusted for its
/// observers' severity: how many results, which way. Reported for the programme to decide; nothing is applied.</summary>
public sealed class RaterAnalysis(NaasDbContext db)
{
    /// <summary>Facet positions in the model.</summary>
    private const int ObserverFacet = 0,
        ActorFacet = 1,
        ScenarioFacet = 2;

    /// <param name="Severity">Logits: above 0 harsher than the average, below 0 more lenient.</param>
    /// <param name="Candidates">Candidates with a simulated observation result who met this element.</param>
    /// <param name="Passed">Of those, how many passed the element.</param>
    public sealed record Row(
        string Name,
        double Severity,
        double StandardError,
        double Infit,
        double Outfit,
        int Ratings,
        int Candidates,
        int Passed
    )
    {
        /// <summary>Severity more than twice its standard error from 0.</summary>
        public bool Notable => Math.Abs(Severity) > 2 * StandardError;
    }

    /// <param name="Outcomes">Simulated observation results that could be adjusted (every rating of theirs in the
    /// model).</param>
    /// <param name="PassToFail">Results now a pass that adjustment would make a fail; <paramref name="FailToPass"/> the
    /// other way.</param>
    /// <param name="LargestShift">The largest change to any result's mark, in marks.</param>
    public sealed record WhatIf(int Outcomes, int PassToFail, int FailToPass, double LargestShift);

    public sealed record Result(
        int Sheets,
        int Ratings,
        int Candidates,
        int Extreme,
        bool Separable,
        bool Converged,
        double? Icc,
        int IccPairs,
        IReadOnlyList<Row> Observers,
        IReadOnlyList<Row> Actors,
        IReadOnlyList<Row> Scenarios,
        WhatIf? Adjusted
    );

    public async Task<string> DataVersionAsync(CancellationToken ct)
    {
        var sheets = db.ObservationSheets.IgnoreQueryFilters().Where(s => s.SubmittedAt != null);
        var count = await sheets.CountAsync(ct);
        var latest = count == 0 ? null : await sheets.MaxAsync(s => s.SubmittedAt, ct);
        var marks = await db
            .ElementMarks.IgnoreQueryFilters()
            .CountAsync(m => m.Element == SimulationElement.Kind && m.SupersededAt == null, ct);
        return $"{count} submitted observation sheets, the latest {latest:u}; {marks} simulated observation results";
    }

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var sheets = await db
            .ObservationSheets.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(s => s.SubmittedAt != null && s.Session!.SocialWorkerId != null && s.Session.ActorId != null)
            .Select(s => new
            {
                s.SessionId,
                s.ObserverId,
                s.Ratings,
                SocialWorkerId = s.Session!.SocialWorkerId!.Value,
                s.Session.EndorsementId,
                ActorId = s.Session.ActorId!.Value,
                s.Session.ScenarioVersionId,
            })
            .ToListAsync(ct);
        var observerIds = sheets.Select(s => s.ObserverId).Distinct().ToList();
        var actorIds = sheets.Select(s => s.ActorId).Distinct().ToList();
        var scenarioIds = sheets.Select(s => s.ScenarioVersionId).Distinct().ToList();
        var observerNames = await db
            .Observers.IgnoreQueryFilters()
            .Where(o => observerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var actorNames = await db
            .Actors.IgnoreQueryFilters()
            .Where(a => actorIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var scenarioNames = await db
            .ScenarioVersions.IgnoreQueryFilters()
            .Where(v => scenarioIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => $"{v.Title} (version {v.Version})", ct);

        // Numbers for the model: one per candidate, observer, actor, scenario; a criterion is scenario × 1000 + its
        // number, grouped by its scenario.
        var candidates = Numbering(sheets.Select(s => s.SocialWorkerId));
        var observers = Numbering(observerIds);
        var actors = Numbering(actorIds);
        var scenarios = Numbering(scenarioIds);
        var ratings = new List<(Guid Session, Facets.Rating Rating)>();
        foreach (var s in sheets)
        foreach (var r in s.Ratings)
            if (Enum.TryParse<CriterionLevel>(r.Level, out var level))
                ratings.Add(
                    (
                        s.SessionId,
                        new Facets.Rating(
                            candidates[s.SocialWorkerId],
                            [
                                observers[s.ObserverId],
                                actors[s.ActorId],
                                scenarios[s.ScenarioVersionId],
                                scenarios[s.ScenarioVersionId] * 1000 + r.Criterion,
                            ],
                            (int)level
                        )
                    )
                );
        var steps = (int)CriterionLevel.StronglyShown;
        var model = Facets.Estimate(
            ratings.Select(r => r.Rating).ToList(),
            [
                new Facets.Facet("Observer"),
                new Facets.Facet("Actor"),
                new Facets.Facet("Scenario"),
                new Facets.Facet("Criterion", c => c / 1000),
            ],
            steps
        );

        // Agreement between the two observers of each simulation, criterion by criterion: ICC(1,1), since the pair
        // changes from one simulation to the next.
        var pairs = ratings
            .GroupBy(r => (r.Session, r.Rating.Elements[3]))
            .Where(g => g.Count() == 2)
            .Select(g => g.Select(r => (double)r.Rating.Score).ToArray())
            .ToList();
        var icc = pairs.Count >= 2 ? Agreement.Icc(pairs).Icc1 : double.NaN;

        // Who passed: each assessment's current simulated observation result.
        var marks = await db
            .ElementMarks.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(m => m.Element == SimulationElement.Kind && m.SupersededAt == null)
            .Select(m => new
            {
                m.EndorsementId,
                m.Score,
                m.PassMark,
                m.Result,
            })
            .ToListAsync(ct);
        var byAssessment = marks.GroupBy(m => m.EndorsementId).ToDictionary(g => g.Key, g => g.Last());
        var met = sheets
            .Where(s => s.EndorsementId is { } e && byAssessment.ContainsKey(e))
            .Select(s => (Assessment: s.EndorsementId!.Value, s.ObserverId, s.ActorId, s.ScenarioVersionId))
            .Distinct()
            .ToList();

        List<Row> Rows<TKey>(
            int facet,
            Dictionary<Guid, int> numbers,
            Dictionary<Guid, string> names,
            Func<(Guid Assessment, Guid ObserverId, Guid ActorId, Guid ScenarioVersionId), Guid> key
        )
        {
            if (!model.Separable)
                return [];
            return numbers
                .Where(n => model.Measures[facet].ContainsKey(n.Value))
                .Select(n =>
                {
                    var m = model.Measures[facet][n.Value];
                    var assessments = met.Where(x => key(x) == n.Key).Select(x => x.Assessment).Distinct().ToList();
                    return new Row(
                        names.GetValueOrDefault(n.Key, "Unknown"),
                        m.Value,
                        m.StandardError,
                        m.Infit,
                        m.Outfit,
                        m.Ratings,
                        assessments.Count,
                        assessments.Count(a => byAssessment[a].Result == ElementResult.Pass)
                    );
                })
                .OrderByDescending(r => r.Severity)
                .ToList();
        }

        WhatIf? whatIf = null;
        if (model.Separable)
        {
            // Each simulation's agreed mark is the mean of its two observers' sums: adjusting it for their severity
            // adds, criterion by criterion, the mean of what an average observer would be expected to give less what
            // this one was.
            var shiftBySession = ratings
                .GroupBy(r => r.Session)
                .ToDictionary(
                    g => g.Key,
                    g =>
                    {
                        var perObserver = g.GroupBy(r => r.Rating.Elements[ObserverFacet]).ToList();
                        double total = 0;
                        foreach (var o in perObserver)
                        foreach (var (_, r) in o)
                        {
                            var neutral = model.Expected(r, ObserverFacet);
                            var expected = model.Expected(r);
                            if (neutral is null || expected is null)
                                return (double?)null;
                            total += neutral.Value - expected.Value;
                        }
                        return total / perObserver.Count;
                    }
                );
            var sessionsByAssessment = sheets
                .Where(s => s.EndorsementId is not null)
                .GroupBy(s => s.EndorsementId!.Value)
                .ToDictionary(g => g.Key, g => g.Select(s => s.SessionId).Distinct().ToList());
            int outcomes = 0,
                passToFail = 0,
                failToPass = 0;
            double largest = 0;
            foreach (var (assessment, mark) in byAssessment)
            {
                if (!sessionsByAssessment.TryGetValue(assessment, out var sessions))
                    continue;
                var shifts = sessions.Select(s => shiftBySession.GetValueOrDefault(s)).ToList();
                if (shifts.Any(s => s is null))
                    continue;
                var shift = shifts.Sum(s => s!.Value);
                outcomes++;
                largest = Math.Max(largest, Math.Abs(shift));
                var passes = mark.Score >= mark.PassMark;
                var wouldPass = (double)mark.Score + shift >= (double)mark.PassMark;
                if (passes && !wouldPass)
                    passToFail++;
                if (!passes && wouldPass)
                    failToPass++;
            }
            whatIf = new WhatIf(outcomes, passToFail, failToPass, largest);
        }

        return new Result(
            sheets.Count,
            ratings.Count,
            candidates.Count,
            model.Extreme.Count,
            model.Separable,
            model.Converged,
            double.IsNaN(icc) ? null : icc,
            pairs.Count,
            Rows<Guid>(ObserverFacet, observers, observerNames, x => x.ObserverId),
            Rows<Guid>(ActorFacet, actors, actorNames, x => x.ActorId),
            Rows<Guid>(ScenarioFacet, scenarios, scenarioNames, x => x.ScenarioVersionId),
            whatIf
        );
    }

    private static Dictionary<Guid, int> Numbering(IEnumerable<Guid> ids) =>
        ids.Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
}
