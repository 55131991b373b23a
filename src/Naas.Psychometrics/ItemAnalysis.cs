namespace Naas.Psychometrics;

/// <summary>One scored answer: who answered, which item, whether it was right, and which option they chose (when the
/// item has options). Person and item are the caller's own numbers.</summary>
public readonly record struct Response(int Person, int Item, bool Correct, int? Choice = null);

/// <summary>Classical item analysis for tests where each candidate sits a different form drawn from a bank: item
/// statistics from everyone who saw the item, reliability per form. Pure functions; validated against R's
/// <c>psych::alpha</c> (see the tests for the data and the reference values).</summary>
public static class ItemAnalysis
{
    /// <summary>The share of each score group (the lowest, middle and highest third of candidates by their proportion
    /// correct on their own form) who chose an option.</summary>
    public sealed record OptionChoice(int Option, double Lower, double Middle, double Upper);

    /// <param name="Facility">The proportion of those who saw it who answered it correctly.</param>
    /// <param name="ItemRest">The corrected item–total correlation: the Pearson (point-biserial) correlation between
    /// the item and the proportion correct on the other items of each candidate's own form (for one complete form,
    /// the correlation with the rest score, psych's <c>r.drop</c>). NaN when either does not vary.</param>
    public sealed record ItemStatistics(
        int Item,
        int Seen,
        double Facility,
        double ItemRest,
        IReadOnlyList<OptionChoice> Options
    );

    /// <summary>Facility, corrected item–total correlation and distractor choice by score group, for every item anyone
    /// saw. Memory grows with the responses, not with candidates × bank.</summary>
    public static IReadOnlyList<ItemStatistics> Items(IReadOnlyList<Response> responses)
    {
        var people = new Dictionary<int, (int Seen, int Right)>();
        foreach (var r in responses)
        {
            people.TryGetValue(r.Person, out var p);
            people[r.Person] = (p.Seen + 1, p.Right + (r.Correct ? 1 : 0));
        }
        var (lowCut, highCut) = Tertiles(people.Values.Select(p => p.Right / (double)p.Seen).ToList());
        var items = new Dictionary<int, Accumulator>();
        foreach (var r in responses)
        {
            if (!items.TryGetValue(r.Item, out var a))
                items[r.Item] = a = new Accumulator();
            var p = people[r.Person];
            var x = r.Correct ? 1.0 : 0.0;
            a.Add(x, p.Seen > 1 ? (p.Right - x) / (p.Seen - 1) : double.NaN);
            if (r.Choice is { } option)
            {
                var share = p.Right / (double)p.Seen;
                var group =
                    share <= lowCut ? 0
                    : share > highCut ? 2
                    : 1;
                a.Choose(option, group);
            }
        }
        return items
            .OrderBy(i => i.Key)
            .Select(i => new ItemStatistics(
                i.Key,
                i.Value.N,
                i.Value.SumX / i.Value.N,
                i.Value.Correlation(),
                i.Value.Options()
            ))
            .ToList();
    }

    /// <param name="Alpha">Coefficient alpha; for items scored 0 or 1 it is KR-20.</param>
    /// <param name="AlphaIfDeleted">Alpha of the form without each item, in the form's order.</param>
    /// <param name="StandardDeviation">Of the total scores, with n − 1.</param>
    /// <param name="Sem">The standard error of measurement, SD × √(1 − alpha), in raw-score points.</param>
    public sealed record Reliability(
        int Persons,
        int Items,
        double Alpha,
        IReadOnlyList<double> AlphaIfDeleted,
        double Mean,
        double StandardDeviation,
        double Sem
    );

    /// <summary>Reliability of one form: every candidate who sat it (rows) scored on each of its items (columns).
    /// Alpha = k / (k − 1) × (1 − Σ item variances / total variance).</summary>
    public static Reliability Form(IReadOnlyList<IReadOnlyList<double>> scores)
    {
        var n = scores.Count;
        var k = n == 0 ? 0 : scores[0].Count;
        if (n < 2 || k < 2)
            throw new ArgumentException(
                "A form's reliability needs at least two candidates and two items",
                nameof(scores)
            );
        if (scores.Any(row => row.Count != k))
            throw new ArgumentException("Every candidate must have a score on every item of the form", nameof(scores));
        // The covariance matrix (n − 1): every variance needed, with any item left out, is read from it.
        var means = new double[k];
        foreach (var row in scores)
            for (var j = 0; j < k; j++)
                means[j] += row[j] / n;
        var cov = new double[k, k];
        foreach (var row in scores)
            for (var i = 0; i < k; i++)
            for (var j = i; j < k; j++)
                cov[i, j] += (row[i] - means[i]) * (row[j] - means[j]) / (n - 1);
        for (var i = 0; i < k; i++)
        for (var j = 0; j < i; j++)
            cov[i, j] = cov[j, i];

        double AlphaWithout(int? left)
        {
            double items = 0,
                total = 0;
            var m = 0;
            for (var i = 0; i < k; i++)
            {
                if (i == left)
                    continue;
                m++;
                items += cov[i, i];
                for (var j = 0; j < k; j++)
                    if (j != left)
                        total += cov[i, j];
            }
            return total <= 0 ? double.NaN : m / (m - 1.0) * (1 - items / total);
        }

        var alpha = AlphaWithout(null);
        var totals = scores.Select(row => row.Sum()).ToList();
        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / (n - 1));
        return new Reliability(
            n,
            k,
            alpha,
            k > 2 ? Enumerable.Range(0, k).Select(j => AlphaWithout(j)).ToList() : [],
            mean,
            sd,
            sd * Math.Sqrt(Math.Max(0, 1 - alpha))
        );
    }

    /// <summary>The cut points splitting the values into thirds: at or below the first is the lower group, above the
    /// second the upper.</summary>
    private static (double Low, double High) Tertiles(List<double> values)
    {
        if (values.Count == 0)
            return (0, 0);
        values.Sort();
        return (values[(values.Count - 1) / 3], values[2 * (values.Count - 1) / 3]);
    }

    private sealed class Accumulator
    {
        public int N;
        public double SumX;
        private int _pairs;
        private double _sy,
            _sxx,
            _syy,
            _sxy,
            _sx;
        private readonly Dictionary<int, int[]> _options = [];
        private readonly int[] _groupSizes = new int[3];

        public void Add(double x, double y)
        {
            N++;
            SumX += x;
            if (double.IsNaN(y))
                return;
            _pairs++;
            _sx += x;
            _sy += y;
            _sxx += x * x;
            _syy += y * y;
            _sxy += x * y;
        }

        public void Choose(int option, int group)
        {
            if (!_options.TryGetValue(option, out var counts))
                _options[option] = counts = new int[3];
            counts[group]++;
            _groupSizes[group]++;
        }

        public double Correlation()
        {
            var n = (double)_pairs;
            var vx = _sxx - _sx * _sx / n;
            var vy = _syy - _sy * _sy / n;
            return vx <= 1e-12 || vy <= 1e-12 ? double.NaN : (_sxy - _sx * _sy / n) / Math.Sqrt(vx * vy);
        }

        public IReadOnlyList<OptionChoice> Options() =>
            _options
                .OrderBy(o => o.Key)
                .Select(o => new OptionChoice(o.Key, Share(o.Value, 0), Share(o.Value, 1), Share(o.Value, 2)))
                .ToList();

        private double Share(int[] counts, int group) =>
            _groupSizes[group] == 0 ? double.NaN : counts[group] / (double)_groupSizes[group];
    }
}
