using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Psychometrics;

namespace Naas.Web.Features.Fairness;

/// <summary>One knowledge-test window's item analysis (issue 16, item 2): classical statistics and Rasch calibration
/// of the window's sittings, whether the forms held to one pass mark are equally hard, and the DIF screen of every
/// sitting to the window's close (pooled over windows, since a group needs <see cref="KnowledgeDif.MinimumPerGroup"/>
/// candidates per question before a question can be judged).</summary>
public sealed class KnowledgeAnalysis(KnowledgeSittings sittings, KnowledgeDif dif, ILogger<KnowledgeAnalysis> log)
{
    /// <summary>Item–rest correlations below this say the question does not pull with the rest of the test.</summary>
    public const double LowItemRest = 0.15;

    /// <summary>Rasch outfit above this is erratic (Wright and Linacre's 1.3 for a high-stakes multiple-choice
    /// test).</summary>
    public const double HighOutfit = 1.3;

    public sealed record ItemRow(
        Guid VersionId,
        string Reference,
        int Version,
        int Seen,
        double Facility,
        double ItemRest,
        double? Difficulty,
        double? StandardError,
        double? Infit,
        double? Outfit,
        IReadOnlyList<string> Concerns
    );

    /// <param name="Count">Distinct forms sat.</param>
    /// <param name="CutLowest">The lowest ability (logits) a form asks for to reach its pass mark in expectation;
    /// <paramref name="CutHighest"/> the highest: the wider apart, the less equal the forms.</param>
    /// <param name="CutSpreadMarks">How many marks on a median form the spread between the easiest and hardest
    /// form's cut is worth.</param>
    /// <param name="CutStandardError">The median, over forms, of the standard error of measurement at the cut
    /// (logits): how sure a pass or fail near the line is.</param>
    /// <param name="SharedForms">Forms sat by at least <see cref="SharedFormMinimum"/> candidates, whose own
    /// reliability (KR-20) can be computed; <paramref name="AlphaMedian"/> is its median over them.</param>
    /// <param name="PersonReliability">Rasch person separation reliability over the window's candidates.</param>
    public sealed record Forms(
        int Count,
        double? CutLowest,
        double? CutMedian,
        double? CutHighest,
        double? CutSpreadMarks,
        double? CutStandardError,
        int SharedForms,
        double? AlphaMedian,
        double? PersonReliability
    );

    public sealed record Result(
        string Window,
        int Sittings,
        int Calibrated,
        bool Converged,
        IReadOnlyList<ItemRow> Items,
        Forms FormSummary,
        int ScreenedSittings,
        IReadOnlyList<DifRow> Dif,
        IReadOnlyList<string> Suspended
    );

    /// <summary>A DIF flag as stored (no delegates, so that it can be read back).</summary>
    public sealed record DifRow(
        string Reference,
        int Version,
        string Status,
        string Focal,
        string ReferenceGroup,
        string Class,
        double Delta,
        double DeltaSe,
        double P,
        int FocalCount,
        int ReferenceCount
    );

    public const int SharedFormMinimum = 20;

    public async Task<Result> RunAsync(TestWindow window, string actor, CancellationToken ct)
    {
        // One read: every person's latest sitting up to the close, for the DIF screen; the window's own are among them.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var all = await sittings.LoadAsync(window.Closes, null, ct);
        var read = clock.Elapsed;
        var versions = all.Versions;
        var window_ = all
            .Sittings.Where(s =>
                s.BlueprintId == window.BlueprintId && s.StartedAt >= window.Opens && s.StartedAt < window.Closes
            )
            .ToList();
        // The window's statistics and calibration need no database: they run beside the DIF screen, which does.
        var statistics = Task.Run(
            () =>
            {
                var itemIndex = new Dictionary<Guid, int>();
                var responses = new List<Response>();
                for (var p = 0; p < window_.Count; p++)
                    foreach (var a in window_[p].Answers)
                    {
                        var item = itemIndex.TryGetValue(a.VersionId, out var ix)
                            ? ix
                            : itemIndex[a.VersionId] = itemIndex.Count;
                        responses.Add(new Response(p, item, a.Right, a.Choice));
                    }
                var byIndex = itemIndex.ToDictionary(kv => kv.Value, kv => kv.Key);
                var classical = ItemAnalysis.Items(responses);
                var classicalAt = clock.Elapsed;
                // To 1e-5 logits: the standard errors are 0.05 or more, and each further digit costs iterations over every
                // candidate (bench/README.md).
                var rasch = Rasch.Cml(responses, tolerance: 1e-5);
                var raschAt = clock.Elapsed;
                var fit = Rasch.Fit(responses, rasch.Difficulty);

                var items = classical
                    .Select(s =>
                    {
                        var v = versions[byIndex[s.Item]];
                        double? b = rasch.Difficulty.TryGetValue(s.Item, out var d) ? d : null;
                        var f = fit.GetValueOrDefault(s.Item);
                        var concerns = new List<string>();
                        if (!double.IsNaN(s.ItemRest) && s.ItemRest < LowItemRest)
                            concerns.Add($"item–rest below {LowItemRest:0.00}");
                        if (f is not null && f.Outfit > HighOutfit)
                            concerns.Add($"erratic (outfit above {HighOutfit:0.0})");
                        if (b is null)
                            concerns.Add(
                                s.Facility >= 1 ? "everyone got it right"
                                : s.Facility <= 0 ? "nobody got it right"
                                : "not calibrated"
                            );
                        // A wrong option the strongest third chooses more than the weakest third is pulling the wrong people.
                        if (
                            s.Options.Any(o =>
                                v.Type == ItemType.SingleBestAnswer
                                && !IsKey(v, o.Option)
                                && o.Upper > o.Lower
                                && o.Upper >= 0.1
                            )
                        )
                            concerns.Add("a wrong option draws the strongest candidates more than the weakest");
                        return new ItemRow(
                            v.Id,
                            v.Item!.Reference,
                            v.Version,
                            s.Seen,
                            s.Facility,
                            s.ItemRest,
                            b,
                            b is null ? null : rasch.StandardError[s.Item],
                            f?.Infit,
                            f?.Outfit,
                            concerns
                        );
                    })
                    .OrderBy(r => r.Reference, StringComparer.Ordinal)
                    .ToList();
                var formsOf = FormsOf(window_, itemIndex, rasch);
                log.LogInformation(
                    "Window statistics: classical by {Classical:0} ms, Rasch by {Rasch:0} ms, fit and forms by {Forms:0} ms",
                    classicalAt.TotalMilliseconds,
                    raschAt.TotalMilliseconds,
                    clock.Elapsed.TotalMilliseconds
                );
                return (items, rasch, formsOf);
            },
            ct
        );
        var screen = await dif.ScreenAsync(true, actor, all, ct);
        var screened = clock.Elapsed;
        var (items, rasch, forms) = await statistics;
        log.LogInformation(
            "Knowledge test analysis of {Sittings} sittings: read {Read:0} ms, DIF screen done by {Screen:0} ms, all by {All:0} ms",
            all.Sittings.Count,
            read.TotalMilliseconds,
            screened.TotalMilliseconds,
            clock.Elapsed.TotalMilliseconds
        );
        var difRows = screen
            .Flags.Select(f => new DifRow(
                f.Reference,
                f.Version,
                f.Status.Name(),
                f.Comparison.Focal,
                f.Comparison.Reference,
                f.Result.Class.ToString(),
                f.Result.Delta,
                f.Result.DeltaSe,
                f.Result.P,
                f.Result.Focal,
                f.Result.Reference
            ))
            .ToList();
        return new Result(
            $"{window.Opens:d MMMM yyyy} to {window.Closes:d MMMM yyyy}",
            window_.Count,
            rasch.Difficulty.Count,
            rasch.Converged,
            items,
            forms,
            screen.Sittings,
            difRows,
            screen.Suspended
        );
    }

    private static bool IsKey(KnowledgeItemVersion v, int option) =>
        KnowledgeItemVersion.Lines(v.Options) is var lines
        && option < lines.Count
        && KnowledgeItemVersion.Lines(v.Key).Contains(lines[option]);

    private static Forms FormsOf(
        IReadOnlyList<KnowledgeSittings.Sitting> sat,
        Dictionary<Guid, int> itemIndex,
        Rasch.Calibration rasch
    )
    {
        var byForm = sat.GroupBy(s => string.Join(",", s.Answers.Select(a => itemIndex[a.VersionId]).Order())).ToList();
        // Each form's cut is a small solve of its own: in parallel.
        var cuts = byForm
            .AsParallel()
            .Select(form =>
            {
                var first = form.First();
                var b = first
                    .Answers.Select(a =>
                        rasch.Difficulty.TryGetValue(itemIndex[a.VersionId], out var d) ? d : (double?)null
                    )
                    .ToList();
                var max = first.Answers.Sum(a => a.Max);
                if (b.Any(x => x is null) || max <= 0)
                    return ((double Cut, double Se, double[] B)?)null;
                // The pass mark as a share of the form's marks, in questions right.
                var needed = (double)(first.PassMark / max) * b.Count;
                var difficulties = b.Select(x => x!.Value).ToArray();
                var cut = ExpectedAbility(difficulties, needed);
                var information = difficulties.Sum(x => P(cut, x) * (1 - P(cut, x)));
                return (cut, 1 / Math.Sqrt(information), difficulties);
            })
            .Where(c => c is not null)
            .Select(c => c!.Value)
            .ToList();
        var alphas = byForm
            .Where(f => f.Count() >= SharedFormMinimum)
            .Select(f =>
            {
                var order = f.First().Answers.Select(a => a.VersionId).ToList();
                var rows = f.Select(s =>
                        (IReadOnlyList<double>)
                            order.Select(id => s.Answers.First(a => a.VersionId == id).Right ? 1.0 : 0.0).ToList()
                    )
                    .ToList();
                return ItemAnalysis.Form(rows).Alpha;
            })
            .Where(a => !double.IsNaN(a))
            .ToList();

        // Person separation reliability: observed variance of abilities less their mean error variance, over it.
        var abilities = sat.AsParallel()
            .Select(s =>
            {
                var b = s
                    .Answers.Where(a => rasch.Difficulty.ContainsKey(itemIndex[a.VersionId]))
                    .Select(a => (B: rasch.Difficulty[itemIndex[a.VersionId]], a.Right))
                    .ToList();
                var right = b.Count(x => x.Right);
                if (right == 0 || right == b.Count)
                    return ((double Theta, double Variance)?)null;
                var theta = Rasch.Ability(b.Select(x => x.B).ToArray(), right);
                return (theta, 1 / b.Sum(x => P(theta, x.B) * (1 - P(theta, x.B))));
            })
            .Where(a => a is not null)
            .Select(a => a!.Value)
            .ToList();
        double? separation = null;
        if (abilities.Count > 2)
        {
            var mean = abilities.Average(a => a.Theta);
            var variance = abilities.Sum(a => (a.Theta - mean) * (a.Theta - mean)) / (abilities.Count - 1);
            separation = variance > 0 ? Math.Max(0, (variance - abilities.Average(a => a.Variance)) / variance) : null;
        }

        if (cuts.Count == 0)
            return new Forms(byForm.Count, null, null, null, null, null, alphas.Count, Median(alphas), separation);
        var sorted = cuts.OrderBy(c => c.Cut).ToList();
        var median = sorted[sorted.Count / 2];
        // On the median form, how many more questions right the hardest form's cut asks for than the easiest's.
        var spread = median.B.Sum(x => P(sorted[^1].Cut, x) - P(sorted[0].Cut, x));
        return new Forms(
            byForm.Count,
            sorted[0].Cut,
            median.Cut,
            sorted[^1].Cut,
            spread,
            Median(cuts.Select(c => c.Se).ToList()),
            alphas.Count,
            Median(alphas),
            separation
        );
    }

    private static double P(double theta, double b) => 1 / (1 + Math.Exp(b - theta));

    /// <summary>The ability whose expected number right on these items is <paramref name="needed"/> (Newton's
    /// method: the expected score rises with ability, its slope the test information).</summary>
    private static double ExpectedAbility(double[] b, double needed)
    {
        needed = Math.Clamp(needed, 0.5, b.Length - 0.5);
        var theta = Math.Log(needed / (b.Length - needed)) + b.Average();
        for (var i = 0; i < 50; i++)
        {
            double expected = 0,
                information = 0;
            foreach (var x in b)
            {
                var p = P(theta, x);
                expected += p;
                information += p * (1 - p);
            }
            var step = Math.Clamp((needed - expected) / information, -1, 1);
            theta += step;
            if (Math.Abs(step) < 1e-9)
                break;
        }
        return theta;
    }

    private static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
