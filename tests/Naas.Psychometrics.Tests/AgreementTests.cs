namespace Naas.Psychometrics.Tests;

/// <summary>Rater agreement (issue 15, item 8; issue 16), against R 4 with psych 2.x on the same data:
/// <code>
/// a &lt;- c(2,2,1,3,0,2,1,2,3,3,1,0,2,2,1,2,3,1,2,0,1,2,3,2,2,1,1,3,2,0)
/// b &lt;- c(2,1,1,3,1,2,2,2,2,3,1,0,3,2,0,2,3,1,1,0,2,2,3,2,1,1,2,3,2,1)
/// r &lt;- psych::cohen.kappa(data.frame(a, b), levels = 0:3)      # r$kappa, r$weighted.kappa (quadratic)
/// w &lt;- outer(0:3, 0:3, function(i, j) 1 - abs(i - j) / 3)
/// psych::cohen.kappa(data.frame(a, b), w = w, levels = 0:3)$weighted.kappa   # linear
/// mean(a == b); mean(abs(a - b) &lt;= 1)
/// g1 &lt;- c(2,2,1,3,4,2,1,2,3,3,0,1,2); g2 &lt;- c(2,3,1,3,3,2,2,2,4,3,1,1,2)
/// psych::cohen.kappa(data.frame(g1, g2), levels = 0:4)
/// </code>
/// R prints the values to 15 significant digits; they are checked to 12 decimal places.</summary>
public class AgreementTests
{
    private static readonly int[] A =
    [
        2,
        2,
        1,
        3,
        0,
        2,
        1,
        2,
        3,
        3,
        1,
        0,
        2,
        2,
        1,
        2,
        3,
        1,
        2,
        0,
        1,
        2,
        3,
        2,
        2,
        1,
        1,
        3,
        2,
        0,
    ];
    private static readonly int[] B =
    [
        2,
        1,
        1,
        3,
        1,
        2,
        2,
        2,
        2,
        3,
        1,
        0,
        3,
        2,
        0,
        2,
        3,
        1,
        1,
        0,
        2,
        2,
        3,
        2,
        1,
        1,
        2,
        3,
        2,
        1,
    ];
    private static readonly (int, int)[] Levels = [.. A.Zip(B)];

    [Fact]
    public void Exact_and_adjacent_agreement_are_the_shares_of_pairs_equal_and_within_one()
    {
        Assert.Equal(0.633333333333333, Agreement.Exact(Levels), 12);
        Assert.Equal(1.0, Agreement.Adjacent(Levels), 12);
        Assert.Equal(0.5, Agreement.Adjacent([(0, 2), (1, 1)]), 12);
        Assert.True(double.IsNaN(Agreement.Exact([])));
    }

    [Fact]
    public void Cohens_kappa_matches_psych()
    {
        Assert.Equal(0.481132075471698, Agreement.Kappa(Levels, 4), 12);
    }

    [Fact]
    public void Weighted_kappa_with_quadratic_weights_matches_psych()
    {
        Assert.Equal(0.784313725490196, Agreement.WeightedKappa(Levels, 4), 12);
    }

    [Fact]
    public void Weighted_kappa_with_linear_weights_matches_psych_given_those_weights()
    {
        Assert.Equal(0.635761589403973, Agreement.WeightedKappa(Levels, 4, Agreement.Weights.Linear), 12);
    }

    [Fact]
    public void Global_judgements_on_five_categories_match_psych()
    {
        (int, int)[] global =
        [
            .. new[] { 2, 2, 1, 3, 4, 2, 1, 2, 3, 3, 0, 1, 2 }.Zip([2, 3, 1, 3, 3, 2, 2, 2, 4, 3, 1, 1, 2]),
        ];
        Assert.Equal(0.467213114754098, Agreement.Kappa(global, 5), 12);
        Assert.Equal(0.800000000000001, Agreement.WeightedKappa(global, 5), 12);
    }

    [Fact]
    public void Complete_agreement_is_one_and_agreement_no_better_than_chance_is_zero()
    {
        Assert.Equal(1.0, Agreement.WeightedKappa([(0, 0), (1, 1), (3, 3)], 4), 12);
        // Each rater uses 0 and 1 equally, independently of the other: po = pe = 0.5.
        Assert.Equal(0.0, Agreement.Kappa([(0, 0), (0, 1), (1, 0), (1, 1)], 2), 12);
        // Both raters used one category: chance agreement is complete and kappa is undefined.
        Assert.True(double.IsNaN(Agreement.Kappa([(2, 2), (2, 2)], 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Agreement.Kappa([(4, 0)], 4));
    }

    /// <summary>The intraclass correlations against Shrout and Fleiss (1979), Table 2 (six targets, four judges; the
    /// paper gives ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71), and R 4's <c>psych::ICC(x, lmer = FALSE)</c>
    /// (from the analysis of variance's mean squares, as here) on the same data to ten places: 0.1657417684,
    /// 0.2897637795, 0.7148407148. psych's default fits the variance components with lme4 instead and agrees to
    /// 1e-6.</summary>
    [Fact]
    public void Intraclass_correlations_match_Shrout_and_Fleiss_and_psych()
    {
        double[][] table =
        [
            [9, 2, 5, 8],
            [6, 1, 3, 2],
            [8, 4, 6, 8],
            [7, 1, 2, 6],
            [10, 5, 6, 9],
            [6, 2, 4, 7],
        ];
        var icc = Agreement.Icc(table);
        Assert.Equal(0.1657417684, icc.Icc1, 1e-10);
        Assert.Equal(0.2897637795, icc.Icc2, 1e-10);
        Assert.Equal(0.7148407148, icc.Icc3, 1e-10);
        Assert.Equal(0.17, Math.Round(icc.Icc1, 2));
        Assert.Equal(0.29, Math.Round(icc.Icc2, 2));
        Assert.Equal(0.71, Math.Round(icc.Icc3, 2));
        Assert.True(
            double.IsNaN(
                Agreement
                    .Icc([
                        [1, 2],
                    ])
                    .Icc1
            )
        );
    }
}
