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
        // Dense numbering once, so that each round counts into arrays rather than dictionaries: the screen's cost
        // is a few passes over the responses whatever the bank's size.
        var people = new Dictionary<int, int>();
        var items = new Dictionary<int, int>();
        var data = new List<(int Person, int Item, bool Correct, bool Focal)>(responses.Count);
        foreach (var r in responses)
        {
            if (!focal.TryGetValue(r.Person, out var isFocal))
                continue;
            if (!people.TryGetValue(r.Person, out var p))
                people[r.Person] = p = people.Count;
            if (!items.TryGetValue(r.Item, out var i))
                items[r.Item] = i = items.Count;
            data.Add((p, i, r.Correct, isFocal));
        }
        var itemIds = items.OrderBy(x => x.Value).Select(x => x.Key).ToArray();
        var flagged = new bool[items.Count];
        IReadOnlyList<ItemDif> result = [];
        for (var round = 0; round < rounds; round++)
        {
            result = ScreenOnce(data, people.Count, itemIds, strata, minimumPerGroup, flagged);
            var now = new bool[items.Count];
            foreach (var i in result.Where(i => i.Result is { Class: not EtsClass.A }))
                now[items[i.Item]] = true;
            if (now.SequenceEqual(flagged))
                break;
            flagged = now;
        }
        return result;
    }

    private static IReadOnlyList<ItemDif> ScreenOnce(
        List<(int Person, int Item, bool Correct, bool Focal)> data,
        int personCount,
        int[] itemIds,
        int strata,
        int minimumPerGroup,
        bool[] flagged
    )
    {
        // Each candidate's items and right answers on the matching items (those not flagged).
        var seen = new int[personCount];
        var right = new int[personCount];
        foreach (var (p, i, correct, _) in data)
        {
            if (flagged[i])
                continue;
            seen[p]++;
            if (correct)
                right[p]++;
        }
        // Item × stratum × (reference right, reference wrong, focal right, focal wrong).
        var width = strata + 1;
        var cells = new double[itemIds.Length * width * 4];
        foreach (var (p, i, correct, isFocal) in data)
        {
            var (n, r) = flagged[i] ? (seen[p] + 1, right[p] + (correct ? 1 : 0)) : (seen[p], right[p]);
            if (n == 0)
                continue;
            var stratum = (int)Math.Round(strata * (double)r / n, MidpointRounding.AwayFromZero);
            cells[(i * width + stratum) * 4 + (isFocal ? 2 : 0) + (correct ? 0 : 1)]++;
        }
        var list = new List<ItemDif>(itemIds.Length);
        for (var i = 0; i < itemIds.Length; i++)
        {
            double reference = 0,
                focalCount = 0;
            var tables = new List<Stratum>();
            for (var k = 0; k < width; k++)
            {
                var o = (i * width + k) * 4;
                var t = new Stratum(cells[o], cells[o + 1], cells[o + 2], cells[o + 3]);
                if (t.N == 0)
                    continue;
                reference += t.RefRight + t.RefWrong;
                focalCount += t.FocalRight + t.FocalWrong;
                tables.Add(t);
            }
            if (reference < minimumPerGroup || focalCount < minimumPerGroup)
            {
                list.Add(
                    new ItemDif(
                        itemIds[i],
                        null,
                        $"Seen by {reference} of the reference group and {focalCount} of the focal group: fewer than {minimumPerGroup}"
                    )
                );
                continue;
            }
            var result = MantelHaenszel(tables);
            list.Add(
                new ItemDif(
                    itemIds[i],
                    result,
                    result is null ? "Every candidate in a stratum answered it the same way: no comparison" : null
                )
            );
        }
        return list.OrderBy(x => x.Item).ToList();
    }
}
