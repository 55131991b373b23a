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
