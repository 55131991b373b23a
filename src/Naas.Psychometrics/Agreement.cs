namespace Naas.Psychometrics;

/// <summary>How far two raters agree when each rates the same things on one ordered scale of categories 0 to k − 1:
/// exact and adjacent agreement, and Cohen's kappa, unweighted and weighted. Pure functions with no knowledge of what
/// is rated. Validated against R's <c>psych::cohen.kappa</c> (see the tests for the data and the reference
/// values).</summary>
public static class Agreement
{
    /// <summary>How disagreements are weighted: linear (|i − j|) or quadratic ((i − j)², the weighting
    /// <c>psych::cohen.kappa</c> uses by default, which equals the intraclass correlation for large
    /// samples).</summary>
    public enum Weights
    {
        Linear,
        Quadratic,
    }

    /// <summary>The share of pairs rated the same.</summary>
    public static double Exact(IReadOnlyCollection<(int A, int B)> pairs) =>
        pairs.Count == 0 ? double.NaN : pairs.Count(p => p.A == p.B) / (double)pairs.Count;

    /// <summary>The share of pairs rated no more than <paramref name="within"/> categories apart.</summary>
    public static double Adjacent(IReadOnlyCollection<(int A, int B)> pairs, int within = 1) =>
        pairs.Count == 0 ? double.NaN : pairs.Count(p => Math.Abs(p.A - p.B) <= within) / (double)pairs.Count;

    /// <summary>The two raters' joint proportions over <paramref name="categories"/> categories: rows the first
    /// rater, columns the second.</summary>
    public static double[,] Table(IReadOnlyCollection<(int A, int B)> pairs, int categories)
    {
        var table = new double[categories, categories];
        foreach (var (a, b) in pairs)
        {
            if (a < 0 || a >= categories || b < 0 || b >= categories)
                throw new ArgumentOutOfRangeException(
                    nameof(pairs),
                    $"A rating ({a}, {b}) is outside 0 to {categories - 1}"
                );
            table[a, b] += 1.0 / pairs.Count;
        }
        return table;
    }

    /// <summary>Cohen's kappa, (po − pe) / (1 − pe): agreement beyond what the raters' own marginal rates would give
    /// by chance. NaN where chance agreement is already complete (both raters used one category only).</summary>
    public static double Kappa(IReadOnlyCollection<(int A, int B)> pairs, int categories)
    {
        if (pairs.Count == 0)
            return double.NaN;
        var p = Table(pairs, categories);
        var (rows, cols) = Margins(p);
        double observed = 0,
            chance = 0;
        for (var i = 0; i < categories; i++)
        {
            observed += p[i, i];
            chance += rows[i] * cols[i];
        }
        return chance >= 1 ? double.NaN : (observed - chance) / (1 - chance);
    }

    /// <summary>Cohen's weighted kappa (Cohen 1968) with agreement weights 1 − d/(k − 1) (linear) or 1 − d²/(k − 1)²
    /// (quadratic), d the distance between the two categories: (Σ w·p_o − Σ w·p_e) / (1 − Σ w·p_e).</summary>
    public static double WeightedKappa(
        IReadOnlyCollection<(int A, int B)> pairs,
        int categories,
        Weights weights = Weights.Quadratic
    )
    {
        if (pairs.Count == 0 || categories < 2)
            return double.NaN;
        var p = Table(pairs, categories);
        var (rows, cols) = Margins(p);
        double observed = 0,
            chance = 0;
        for (var i = 0; i < categories; i++)
        for (var j = 0; j < categories; j++)
        {
            var d = Math.Abs(i - j) / (double)(categories - 1);
            var w = 1 - (weights == Weights.Linear ? d : d * d);
            observed += w * p[i, j];
            chance += w * rows[i] * cols[j];
        }
        return chance >= 1 ? double.NaN : (observed - chance) / (1 - chance);
    }

    /// <summary>Intraclass correlations of a single rating (Shrout and Fleiss 1979): ICC(1,1) for raters who differ
    /// from one target to the next (one-way random, as when each simulation has its own pair of observers), ICC(2,1)
    /// for the same raters throughout, judged on absolute agreement (two-way random), ICC(3,1) for the same raters,
    /// judged on consistency (two-way mixed).</summary>
    public sealed record Intraclass(double Icc1, double Icc2, double Icc3);

    /// <summary>The intraclass correlations of <paramref name="ratings"/>: one row per target, one column per rater
    /// (or rating position), every row complete. From the two-way analysis of variance's mean squares. Validated
    /// against <c>psych::ICC</c> and the published values of Shrout and Fleiss (see the tests).</summary>
    public static Intraclass Icc(IReadOnlyList<double[]> ratings)
    {
        var n = ratings.Count;
        var k = n == 0 ? 0 : ratings[0].Length;
        if (n < 2 || k < 2 || ratings.Any(r => r.Length != k))
            return new Intraclass(double.NaN, double.NaN, double.NaN);
        var grand = ratings.SelectMany(r => r).Average();
        var rowMeans = ratings.Select(r => r.Average()).ToArray();
        var colMeans = Enumerable.Range(0, k).Select(j => ratings.Average(r => r[j])).ToArray();
        var ssRows = k * rowMeans.Sum(m => (m - grand) * (m - grand));
        var ssCols = n * colMeans.Sum(m => (m - grand) * (m - grand));
        var ssTotal = ratings.SelectMany(r => r).Sum(x => (x - grand) * (x - grand));
        var ssError = ssTotal - ssRows - ssCols;
        var msr = ssRows / (n - 1);
        var msc = ssCols / (k - 1);
        var mse = ssError / ((n - 1) * (k - 1));
        var msw = (ssCols + ssError) / (n * (k - 1));
        return new Intraclass(
            (msr - msw) / (msr + (k - 1) * msw),
            (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n),
            (msr - mse) / (msr + (k - 1) * mse)
        );
    }

    private static (double[] Rows, double[] Cols) Margins(double[,] p)
    {
        var k = p.GetLength(0);
        var rows = new double[k];
        var cols = new double[k];
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++)
        {
            rows[i] += p[i, j];
            cols[j] += p[i, j];
        }
        return (rows, cols);
    }
}
