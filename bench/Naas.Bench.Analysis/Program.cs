using System.Diagnostics;
using Naas.Psychometrics;

namespace Naas.Bench.Analysis;

/// <summary>A whole window's analysis (issue 16): CANDIDATES candidates each answering ITEMS items drawn from a
/// BANK-item bank, Rasch data with four planted DIF items; item statistics, Rasch calibration, DIF for four groupings,
/// adverse impact, in memory. Each step's time is reported with its ratio to a reference computation in the same run
/// (one pass over every response, summing), since these machines are shared and noisy. With <c>--postgres</c>, the
/// same size of window read from PostgreSQL through the service (<see cref="FromPostgres"/>). A class of its own
/// rather than top-level statements, so that its <c>Program</c> does not hide the service's from the web host.</summary>
public static class AnalysisBench
{
    public static async Task Main(string[] args)
    {
        var candidates = Arg("--candidates", 30_000);
        var items = Arg("--items", 30);
        var bank = Arg("--bank", 1_200);
        if (Array.IndexOf(args, "--postgres") is var at and >= 0)
        {
            await FromPostgres.RunAsync(args[at + 1], candidates, items, bank);
            return;
        }
        var random = new Random(16);
        var difficulty = Enumerable.Range(0, bank).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        var groups = new int[candidates][];
        var responses = new List<Response>(candidates * items);
        for (var p = 0; p < candidates; p++)
        {
            groups[p] = [random.Next(5), random.Next(2), random.Next(5), random.Next(6) == 0 ? 1 : 0];
            var theta = Normal(random) - (groups[p][0] >= 3 ? 0.2 : 0);
            var form = new HashSet<int>();
            while (form.Count < items)
                form.Add(random.Next(bank));
            foreach (var i in form)
            {
                var b =
                    difficulty[i]
                    + (
                        i < 4
                        && groups[p][i]
                            == (
                                i == 1 ? 1
                                : i == 3 ? 1
                                : 4
                            )
                            ? 1.5
                            : 0
                    );
                responses.Add(new Response(p, i, random.NextDouble() < 1 / (1 + Math.Exp(b - theta)), random.Next(4)));
            }
        }
        Console.WriteLine(
            $"{candidates:N0} candidates × {items} items from a {bank:N0}-item bank: {responses.Count:N0} responses"
        );
        GC.Collect();
        var before = GC.GetTotalMemory(true);

        var reference = Time(
            "reference: one pass over the responses",
            () =>
            {
                long s = 0;
                foreach (var r in responses)
                    s += r.Correct ? r.Item : r.Person;
                return s;
            }
        );
        var steps = new List<(string, double)>();
        steps.Add(
            (
                "item analysis (facility, item-rest, distractors)",
                Time("item analysis", () => ItemAnalysis.Items(responses).Count)
            )
        );
        steps.Add(
            (
                "Rasch CML (diagonal standard errors)",
                Time(
                    "Rasch CML",
                    () =>
                    {
                        var c = Rasch.Cml(responses);
                        return $"{c.Iterations} iterations, converged {c.Converged}";
                    }
                )
            )
        );
        string[] names =
        [
            "age (60 and over against the rest)",
            "sex",
            "ethnic group (minority against majority)",
            "disability",
        ];
        for (var g = 0; g < 4; g++)
        {
            var focal = new Dictionary<int, bool>();
            for (var p = 0; p < candidates; p++)
                focal[p] = g switch
                {
                    0 => groups[p][0] >= 3,
                    1 => groups[p][1] == 1,
                    2 => groups[p][2] == 4,
                    _ => groups[p][3] == 1,
                };
            var grouping = g;
            steps.Add(
                (
                    $"DIF: {names[g]}",
                    Time(
                        $"DIF {names[g]}",
                        () =>
                            "C: "
                            + string.Join(
                                " ",
                                Dif.Screen(responses, focal, strata: items)
                                    .Where(i => i.Result?.Class == Dif.EtsClass.C)
                                    .Select(i =>
                                        $"item {i.Item} (delta {i.Result!.Delta:0.00}, SE {i.Result.DeltaSe:0.00}, {i.Result.Focal} focal)"
                                    )
                            )
                    )
                )
            );
        }
        steps.Add(
            (
                "adverse impact (four groupings)",
                Time(
                    "adverse impact",
                    () =>
                    {
                        var n = 0;
                        for (var g = 0; g < 4; g++)
                            n += AdverseImpact
                                .Compare(
                                    Enumerable
                                        .Range(0, 5)
                                        .Select(k => new AdverseImpact.Group($"{k}", 3000 + k * 10, 6000))
                                        .ToList()
                                )
                                .Count;
                        return n;
                    }
                )
            )
        );
        var total = steps.Sum(s => s.Item2);
        Console.WriteLine();
        Console.WriteLine("| step | ms | ratio to reference |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| reference: one pass over the responses | {reference:0.0} | 1 |");
        foreach (var (name, ms) in steps)
            Console.WriteLine($"| {name} | {ms:0} | {ms / reference:0} |");
        Console.WriteLine($"| **whole analysis** | **{total:0}** | **{total / reference:0}** |");
        Console.WriteLine(
            $"managed memory held after the run: {(GC.GetTotalMemory(false) - before) / 1048576.0:0} MB above the responses; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"
        );

        static double Time(string name, Func<object> work)
        {
            work(); // warm up (JIT)
            var best = double.MaxValue;
            object? last = null;
            for (var i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                last = work();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{name}: best of 3 {best:0.0} ms ({last})");
            return best;
        }

        static double Normal(Random r) =>
            Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

        int Arg(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        }
    }
}
