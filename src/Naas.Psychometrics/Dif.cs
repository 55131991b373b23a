using MathNet.Numerics.Distributions;

namespace Naas.Psychometrics;

/// <summary>Mantel–Haenszel differential item functioning (Holland and Thayer 1988) with the ETS classes (Zwick 2012,
/// ETS RR-12-08): candidates of the reference and focal groups matched on their score, then, within each score
/// stratum, the odds of answering the item correctly compared. Validated against R's <c>mantelhaen.test</c> (see the
/// tests).</summary>
public static class Dif
{
    /// <summary>One matching stratum's 2 × 2 table: the reference group's right and wrong answers and the focal
    /// group's.</summary>
    public readonly record struct Stratum(double RefRight, double RefWrong, double FocalRight, double FocalWrong)
    {
        public double N => RefRight + RefWrong + FocalRight + FocalWrong;
    }

    /// <summary>ETS's classes. A: negligible (|Δ| under 1, or not significantly different from 0). C: large (|Δ| at
    /// least 1.5 and significantly greater than 1). B: moderate, everything between.</summary>
    public enum EtsClass
    {
        A = 1,
        B = 2,
        C = 3,
    }

    /// <param name="OddsRatio">The Mantel–Haenszel common odds ratio, reference to focal: above 1 the item favours
    /// the reference group.</param>
    /// <param name="Delta">MH D-DIF = −2.35 ln(odds ratio), on the ETS delta scale: negative when the item is harder
    /// for the focal group than for reference candidates of the same score.</param>
    /// <param name="DeltaSe">Its standard error, 2.35 × the Robins–Breslow–Greenland standard error of ln(odds
    /// ratio).</param>
    /// <param name="ChiSquare">The MH chi-square with continuity correction (as R's <c>mantelhaen.test</c>:
    /// the correction is at most the distance itself).</param>
    public sealed record Result(
        double OddsRatio,
        double Delta,
        double DeltaSe,
        double ChiSquare,
        double P,
        EtsClass Class,
        int Reference,
        int Focal
    );

    /// <summary>The MH statistics over the strata; strata of fewer than two candidates, or with one group only,
    /// carry no information and are left out (as they add nothing to any sum). Null when nothing is left to compare
    /// or the odds ratio is 0 or infinite.</summary>
    public static Result? MantelHaenszel(IEnumerable<Stratum> strata)
    {
        double sumA = 0,
            sumE = 0,
            sumV = 0,
            r = 0,
            s = 0,
            pr = 0,
            psqr = 0,
            qs = 0;
        double reference = 0,
            focal = 0;
        foreach (var k in strata)
        {
            var n = k.N;
            var nRef = k.RefRight + k.RefWrong;
            var nFocal = k.FocalRight + k.FocalWrong;
            if (n < 2 || nRef == 0 || nFocal == 0)
                continue;
            reference += nRef;
            focal += nFocal;
            var right = k.RefRight + k.FocalRight;
            var wrong = k.RefWrong + k.FocalWrong;
            sumA += k.RefRight;
            sumE += nRef * right / n;
            sumV += nRef * nFocal * right * wrong / (n * n * (n - 1));
            var rk = k.RefRight * k.FocalWrong / n;
            var sk = k.RefWrong * k.FocalRight / n;
            var pk = (k.RefRight + k.FocalWrong) / n;
            var qk = (k.RefWrong + k.FocalRight) / n;
            r += rk;
            s += sk;
            pr += pk * rk;
            psqr += pk * sk + qk * rk;
            qs += qk * sk;
        }
        if (r <= 0 || s <= 0 || sumV <= 0)
            return null;
        var odds = r / s;
        var varLog = pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s);
        var delta = -2.35 * Math.Log(odds);
        var deltaSe = 2.35 * Math.Sqrt(varLog);
        var distance = Math.Abs(sumA - sumE);
        var chi = Math.Pow(distance - Math.Min(0.5, distance), 2) / sumV;
        var p = 1 - ChiSquared.CDF(1, chi);
        return new Result(odds, delta, deltaSe, chi, p, Classify(delta, deltaSe, p), (int)reference, (int)focal);
    }

    /// <summary>ETS's rule: A when |Δ| &lt; 1 or the MH chi-square is not significant at .05; C when |Δ| ≥ 1.5 and
    /// |Δ| is significantly greater than 1 (one-sided, .05: (|Δ| − 1) / SE > 1.645); otherwise B.</summary>
    public static EtsClass Classify(double delta, double deltaSe, double p)
    {
        var size = Math.Abs(delta);
        if (size < 1 || p >= 0.05)
            return EtsClass.A;
        if (size >= 1.5 && (size - 1) / deltaSe > Normal.InvCDF(0, 1, 0.95))
            return EtsClass.C;
        return EtsClass.B;
    }

    /// <summary>One item's screening: its statistics, or why there are none.</summary>
    public sealed record ItemDif(int Item, Result? Result, string? NotTested);

    /// <summary>Screens every item for DIF between two groups, for per-candidate forms: each candidate is matched on
    /// the proportion correct on their own form's items, the studied item included (Holland and Thayer's matching,
    /// under which MH agrees with the Rasch model), and put in one of <paramref name="strata"/> + 1 strata (for
    /// complete forms of that many items, exactly the raw score). Purified: items found B or C are left out of
    /// everyone's matching score (except when they are the item studied) and the screen is run again, until the
    /// set of flagged items stops changing or <paramref name="rounds"/> rounds have run.</summary>
    /// <param name="focal">Each candidate in the comparison: true for the focal group, false for the reference.
    /// Candidates not in it are left out.</param>
    /// <param name="minimumPerGroup">Items seen by fewer candidates of either group are not tested.</param>
    public static IReadOnlyList<ItemDif> Screen(
        IReadOnlyList<Response> responses,
        IReadOnlyDictionary<int, bool> focal,
        int strata = 30,
        int minimumPerGroup = 20,
        int rounds = 4
    )
    {
        var flagged = new HashSet<int>();
        IReadOnlyList<ItemDif> result = [];
        for (var round = 0; round < rounds; round++)
        {
            result = ScreenOnce(responses, focal, strata, minimumPerGroup, flagged);
            var now = result.Where(i => i.Result is { Class: not EtsClass.A }).Select(i => i.Item).ToHashSet();
            if (now.SetEquals(flagged))
                break;
            flagged = now;
        }
        return result;
    }

    private static IReadOnlyList<ItemDif> ScreenOnce(
        IReadOnlyList<Response> responses,
        IReadOnlyDictionary<int, bool> focal,
        int strata,
        int minimumPerGroup,
        HashSet<int> flagged
    )
    {
        // Each candidate's right answers and items on the matching items (those not flagged).
        var matching = new Dictionary<int, (int Seen, int Right)>();
        foreach (var r in responses)
        {
            if (!focal.ContainsKey(r.Person) || flagged.Contains(r.Item))
                continue;
            matching.TryGetValue(r.Person, out var m);
            matching[r.Person] = (m.Seen + 1, m.Right + (r.Correct ? 1 : 0));
        }
        // Item → stratum → the four counts; only cells that occur are kept.
        var tables = new Dictionary<int, Dictionary<int, double[]>>();
        foreach (var r in responses)
        {
            if (!focal.TryGetValue(r.Person, out var isFocal))
                continue;
            matching.TryGetValue(r.Person, out var m);
            var (seen, right) = flagged.Contains(r.Item)
                ? (m.Seen + 1, m.Right + (r.Correct ? 1 : 0))
                : (m.Seen, m.Right);
            if (seen == 0)
                continue;
            var stratum = (int)Math.Round(strata * (double)right / seen, MidpointRounding.AwayFromZero);
            if (!tables.TryGetValue(r.Item, out var byStratum))
                tables[r.Item] = byStratum = [];
            if (!byStratum.TryGetValue(stratum, out var cell))
                byStratum[stratum] = cell = new double[4];
            cell[(isFocal ? 2 : 0) + (r.Correct ? 0 : 1)]++;
        }
        return tables
            .OrderBy(t => t.Key)
            .Select(t =>
            {
                var cells = t.Value.Values.ToList();
                var reference = cells.Sum(c => c[0] + c[1]);
                var focalCount = cells.Sum(c => c[2] + c[3]);
                if (reference < minimumPerGroup || focalCount < minimumPerGroup)
                    return new ItemDif(
                        t.Key,
                        null,
                        $"Seen by {reference} of the reference group and {focalCount} of the focal group: fewer than {minimumPerGroup}"
                    );
                var result = MantelHaenszel(cells.Select(c => new Stratum(c[0], c[1], c[2], c[3])));
                return new ItemDif(
                    t.Key,
                    result,
                    result is null ? "Every candidate in a stratum answered it the same way: no comparison" : null
                );
            })
            .ToList();
    }
}
