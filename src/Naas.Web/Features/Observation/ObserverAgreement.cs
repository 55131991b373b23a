using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Scenarios;
using Naas.Psychometrics;

namespace Naas.Web.Features.Observation;

/// <summary>How well observers agree (issue 15, item 8): over every simulation both observers scored, each
/// criterion's two levels are a pair, and each observer and each pair of observers gets exact and adjacent agreement
/// and weighted kappa (quadratic weights, <see cref="Agreement"/>), with the share of global judgements that agree, so
/// that the programme sees who needs recalibrating. Judged only on enough pairs.</summary>
public sealed class ObserverAgreement(NaasDbContext db)
{
    /// <summary>Fewer paired ratings than this say too little to judge anyone by.</summary>
    public const int MinimumPairs = 20;

    /// <summary>Weighted kappa below this (Landis and Koch's "moderate" and under) suggests recalibration.</summary>
    public const double RecalibrateBelow = 0.6;

    public sealed record Row(
        string Who,
        int Simulations,
        int Pairs,
        double Exact,
        double Adjacent,
        double WeightedKappa,
        double GlobalExact
    )
    {
        public string Judgement =>
            Pairs < MinimumPairs ? $"Fewer than {MinimumPairs} paired ratings: too few to judge"
            : double.IsNaN(WeightedKappa) || WeightedKappa < RecalibrateBelow ? "Recalibrate"
            : "Agrees";
    }

    private sealed record Scored(Guid Session, Guid Observer, string Name, Dictionary<int, int> Levels, int? Global);

    public async Task<(List<Row> Observers, List<Row> Pairs)> ReportAsync(CancellationToken ct)
    {
        var sheets = await db
            .ObservationSheets.AsNoTracking()
            .Where(s => s.SubmittedAt != null)
            .Select(s => new
            {
                s.SessionId,
                s.ObserverId,
                s.Observer!.Name,
                s.Role,
                s.Ratings,
                s.Global,
            })
            .ToListAsync(ct);
        var simulations = sheets
            .GroupBy(s => s.SessionId)
            .Where(g => g.Count() == 2)
            .Select(g =>
            {
                Scored Read(SimulationRole role)
                {
                    var s = g.Single(x => x.Role == role);
                    return new Scored(
                        s.SessionId,
                        s.ObserverId,
                        s.Name,
                        s.Ratings.Where(r => Enum.TryParse<CriterionLevel>(r.Level, out _))
                            .ToDictionary(r => r.Criterion, r => (int)Enum.Parse<CriterionLevel>(r.Level!)),
                        s.Global is { } j ? (int)j - 1 : null
                    );
                }
                return (Lead: Read(SimulationRole.LeadObserver), Second: Read(SimulationRole.SecondObserver));
            })
            .ToList();

        static Row Measure(string who, IReadOnlyCollection<(Scored Mine, Scored Theirs)> sims)
        {
            var levels = sims.SelectMany(s =>
                    s.Mine.Levels.Where(l => s.Theirs.Levels.ContainsKey(l.Key))
                        .Select(l => (l.Value, s.Theirs.Levels[l.Key]))
                )
                .ToList();
            var globals = sims.Where(s => s.Mine.Global is not null && s.Theirs.Global is not null)
                .Select(s => (s.Mine.Global!.Value, s.Theirs.Global!.Value))
                .ToList();
            return new Row(
                who,
                sims.Count,
                levels.Count,
                Agreement.Exact(levels),
                Agreement.Adjacent(levels),
                Agreement.WeightedKappa(levels, 4),
                Agreement.Exact(globals)
            );
        }

        var observers = simulations
            .SelectMany(s => new[] { (s.Lead, s.Second), (s.Second, s.Lead) })
            .GroupBy(x => (x.Item1.Observer, x.Item1.Name))
            .Select(g => Measure(g.Key.Name, g.ToList()))
            .OrderBy(r => r.WeightedKappa)
            .ThenBy(r => r.Who, StringComparer.Ordinal)
            .ToList();
        var pairs = simulations
            .Select(s =>
                string.CompareOrdinal(s.Lead.Name, s.Second.Name) <= 0 ? (s.Lead, s.Second) : (s.Second, s.Lead)
            )
            .GroupBy(x => (x.Item1.Observer, x.Item2.Observer))
            .Select(g => Measure($"{g.First().Item1.Name} and {g.First().Item2.Name}", g.ToList()))
            .OrderBy(r => r.WeightedKappa)
            .ThenBy(r => r.Who, StringComparer.Ordinal)
            .ToList();
        return (observers, pairs);
    }
}
