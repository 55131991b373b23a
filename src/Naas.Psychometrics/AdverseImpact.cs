using MathNet.Numerics;

namespace Naas.Psychometrics;

/// <summary>Adverse impact: each group's pass rate beside the highest group's, with the four-fifths ratio (US Uniform
/// Guidelines on Employee Selection Procedures, 1978, §4D: a rate under four-fifths of the highest is evidence of
/// adverse impact) and Fisher's exact test of the difference, two-sided as R's <c>fisher.test</c> computes it.</summary>
public static class AdverseImpact
{
    public sealed record Group(string Name, int Passed, int Total);

    /// <param name="Ratio">This group's pass rate over the highest group's.</param>
    /// <param name="P">Fisher's exact two-sided p for this group against the highest group (1 for the highest
    /// itself).</param>
    public sealed record Row(
        string Name,
        int Passed,
        int Total,
        double Rate,
        double Ratio,
        bool UnderFourFifths,
        double P
    );

    public const double FourFifths = 0.8;

    /// <summary>Each group with at least one candidate, in the order given, compared with the group with the highest
    /// pass rate.</summary>
    public static IReadOnlyList<Row> Compare(IReadOnlyList<Group> groups)
    {
        var present = groups.Where(g => g.Total > 0).ToList();
        if (present.Any(g => g.Passed < 0 || g.Passed > g.Total))
            throw new ArgumentException("A group cannot pass more candidates than it has", nameof(groups));
        if (present.Count == 0)
            return [];
        var highest = present.MaxBy(g => g.Passed / (double)g.Total)!;
        var top = highest.Passed / (double)highest.Total;
        return present
            .Select(g =>
            {
                var rate = g.Passed / (double)g.Total;
                var ratio = top == 0 ? 1 : rate / top;
                var p = ReferenceEquals(g, highest)
                    ? 1
                    : FisherExact(g.Passed, g.Total - g.Passed, highest.Passed, highest.Total - highest.Passed);
                // Compared in whole numbers (passed × highest's total × 5 against 4 × highest's passed × total), so
                // that a rate exactly four-fifths of the highest is not flagged by rounding.
                var under = (long)g.Passed * highest.Total * 5 < 4L * highest.Passed * g.Total;
                return new Row(g.Name, g.Passed, g.Total, rate, ratio, under, p);
            })
            .ToList();
    }

    /// <summary>Fisher's exact test of the 2 × 2 table [[a, b], [c, d]], two-sided: the probability, with the
    /// margins fixed, of a table no more likely than the one observed (with R's relative tolerance of 1e-7).</summary>
    public static double FisherExact(int a, int b, int c, int d)
    {
        var row1 = a + b;
        var col1 = a + c;
        var n = a + b + c + d;
        var low = Math.Max(0, col1 - (n - row1));
        var high = Math.Min(row1, col1);
        double LogP(int x) =>
            SpecialFunctions.FactorialLn(row1)
            + SpecialFunctions.FactorialLn(n - row1)
            + SpecialFunctions.FactorialLn(col1)
            + SpecialFunctions.FactorialLn(n - col1)
            - SpecialFunctions.FactorialLn(n)
            - SpecialFunctions.FactorialLn(x)
            - SpecialFunctions.FactorialLn(row1 - x)
            - SpecialFunctions.FactorialLn(col1 - x)
            - SpecialFunctions.FactorialLn(n - row1 - col1 + x);
        var observed = LogP(a);
        double p = 0;
        for (var x = low; x <= high; x++)
        {
            var lp = LogP(x);
            if (lp <= observed + Math.Log(1 + 1e-7))
                p += Math.Exp(lp);
        }
        return Math.Min(1, p);
    }
}
