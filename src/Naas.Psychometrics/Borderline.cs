namespace Naas.Psychometrics;

/// <summary>Examinee-centred standard setting for rated elements (issue 16, item 4), from the global judgement each
/// observer gives beside the criteria marks (fail 0, borderline 1, pass 2, good 3, excellent 4): the borderline
/// regression method (the criteria total regressed on the judgement by least squares, the pass mark the predicted total
/// at "borderline") and the borderline group method (the mean total of the candidates judged borderline, with the
/// median beside it). Validated against R's <c>lm</c> and <c>predict(se.fit = TRUE)</c> (see the tests).</summary>
public static class Borderline
{
    /// <param name="PassMark">The predicted total at the borderline judgement.</param>
    /// <param name="StandardError">The standard error of that prediction.</param>
    /// <param name="RSquared">How much of the totals the judgements explain: a low value says the criteria and the
    /// global judgement disagree, and the pass mark deserves less trust.</param>
    public sealed record Regression(
        double PassMark,
        double StandardError,
        double Intercept,
        double Slope,
        double RSquared,
        int N
    );

    public sealed record Group(double PassMark, double StandardError, double Median, int N);

    public const int BorderlineJudgement = 1;

    /// <summary>Null with fewer than three performances or a single judgement level (no line can be fitted).</summary>
    public static Regression? RegressionMethod(
        IReadOnlyList<(int Judgement, double Total)> performances,
        int at = BorderlineJudgement
    )
    {
        var n = performances.Count;
        if (n < 3)
            return null;
        var mx = performances.Average(p => (double)p.Judgement);
        var my = performances.Average(p => p.Total);
        double sxx = 0,
            sxy = 0,
            syy = 0;
        foreach (var (x, y) in performances)
        {
            sxx += (x - mx) * (x - mx);
            sxy += (x - mx) * (y - my);
            syy += (y - my) * (y - my);
        }
        if (sxx == 0)
            return null;
        var slope = sxy / sxx;
        var intercept = my - slope * mx;
        var residual = syy - slope * sxy;
        var sigma2 = residual / (n - 2);
        var fit = intercept + slope * at;
        var se = Math.Sqrt(sigma2 * (1.0 / n + (at - mx) * (at - mx) / sxx));
        return new Regression(fit, se, intercept, slope, syy == 0 ? 1 : 1 - residual / syy, n);
    }

    /// <summary>Null with fewer than two performances judged borderline.</summary>
    public static Group? GroupMethod(
        IReadOnlyList<(int Judgement, double Total)> performances,
        int at = BorderlineJudgement
    )
    {
        var totals = performances.Where(p => p.Judgement == at).Select(p => p.Total).OrderBy(t => t).ToList();
        if (totals.Count < 2)
            return null;
        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / (totals.Count - 1));
        var median =
            totals.Count % 2 == 1
                ? totals[totals.Count / 2]
                : (totals[totals.Count / 2 - 1] + totals[totals.Count / 2]) / 2;
        return new Group(mean, sd / Math.Sqrt(totals.Count), median, totals.Count);
    }
}
