namespace Naas.Domain.StandardSetting;

/// <summary>One panel's recommended cut score: the mean of its panellists' own cut scores, with the standard error
/// of that mean (the spread of panellists' cuts over the square root of how many there are).</summary>
public sealed record PanelResult(
    int Panellists,
    decimal CutScore,
    decimal? StandardError,
    IReadOnlyList<decimal> PanellistCuts
);

/// <summary>How far two independent panels agree: the gap between their cut scores against the standard error of
/// that gap. They agree when the gap is within two of those standard errors (about 95% confidence).</summary>
public sealed record PanelComparison(decimal Difference, decimal? CombinedStandardError, bool? Agree, decimal MeanCut);

/// <summary>Modified Angoff (¶40): each panellist judges, unit by unit, what a just-good-enough candidate would score
/// (for a knowledge item, the chance of answering it right, 0 to 1; for a marking criterion, the marks out of its
/// maximum). A panellist's cut score is the sum of their judgements; the panel's is the mean of its
/// panellists'.</summary>
public static class Angoff
{
    public static PanelResult Panel(IReadOnlyList<IReadOnlyDictionary<string, decimal>> panellists)
    {
        if (panellists.Count == 0)
            throw new ArgumentException("A panel needs at least one panellist's ratings.", nameof(panellists));
        var cuts = panellists.Select(p => p.Values.Sum()).ToList();
        var mean = cuts.Average();
        decimal? se = null;
        if (cuts.Count > 1)
        {
            var variance = cuts.Sum(c => (c - mean) * (c - mean)) / (cuts.Count - 1);
            se = (decimal)Math.Sqrt((double)variance / cuts.Count);
        }
        return new PanelResult(cuts.Count, mean, se, cuts);
    }

    public static PanelComparison Compare(PanelResult a, PanelResult b)
    {
        var difference = Math.Abs(a.CutScore - b.CutScore);
        var combined =
            a.StandardError is { } sa && b.StandardError is { } sb
                ? (decimal)Math.Sqrt((double)(sa * sa + sb * sb))
                : (decimal?)null;
        bool? agree = combined is { } c ? difference <= 2 * c : null;
        return new PanelComparison(difference, combined, agree, (a.CutScore + b.CutScore) / 2);
    }

    /// <summary>Each unit's rating across every panellist of both panels: for a knowledge item, the rating that makes
    /// every form's pass mark (the sum of its items' ratings, issue 3).</summary>
    public static IReadOnlyDictionary<string, decimal> UnitMeans(
        IEnumerable<IReadOnlyDictionary<string, decimal>> panellists
    ) => panellists.SelectMany(p => p).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Average(kv => kv.Value));
}
