namespace Naas.Psychometrics.Tests;

/// <summary>Mantel–Haenszel DIF (issue 16). The statistics against R 4's <c>mantelhaen.test</c> on five score strata:
/// <code>
/// A &lt;- c(10, 25, 40, 55, 30); B &lt;- c(30, 25, 20, 10, 3)   # reference right, wrong
/// C &lt;- c(4, 10, 18, 30, 20);  D &lt;- c(20, 20, 15, 8, 2)    # focal right, wrong
/// t &lt;- array(0, dim = c(2, 2, 5)); for (k in 1:5) t[, , k] &lt;- matrix(c(A[k], C[k], B[k], D[k]), 2, 2)
/// m &lt;- mantelhaen.test(t, correct = TRUE)   # statistic, p.value, estimate, conf.int
/// </code>
/// R printed 12 significant digits; checked to 9 decimal places. The standard error is checked through R's 95%
/// interval, which R builds from the same Robins–Breslow–Greenland variance.</summary>
public class DifTests
{
    private static readonly Dif.Stratum[] Strata =
    [
        new(10, 30, 4, 20),
        new(25, 25, 10, 20),
        new(40, 20, 18, 15),
        new(55, 10, 30, 8),
        new(30, 3, 20, 2),
    ];

    [Fact]
    public void The_common_odds_ratio_chi_square_and_p_match_mantelhaen_test()
    {
        var r = Dif.MantelHaenszel(Strata)!;
        Assert.Equal(1.64584019806, r.OddsRatio, 9);
        Assert.Equal(3.60699076732, r.ChiSquare, 9);
        Assert.Equal(0.0575371423062, r.P, 9);
        Assert.Equal(-1.17088987943, r.Delta, 9);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975);
        var seLog = r.DeltaSe / 2.35;
        Assert.Equal(1.01702479210, r.OddsRatio * Math.Exp(-z * seLog), 9);
        Assert.Equal(2.66344535413, r.OddsRatio * Math.Exp(z * seLog), 9);
        Assert.Equal((248, 147), (r.Reference, r.Focal));
        // |Δ| is over 1, but the chi-square is not significant at .05: negligible.
        Assert.Equal(Dif.EtsClass.A, r.Class);
    }

    [Theory]
    // Under 1 in size, however significant: A.
    [InlineData(-0.99, 0.10, 0.0001, Dif.EtsClass.A)]
    // Not significant, however large: A.
    [InlineData(-2.00, 0.10, 0.05, Dif.EtsClass.A)]
    // 1 exactly and significant: B.
    [InlineData(-1.00, 0.10, 0.0001, Dif.EtsClass.B)]
    // 1.49: B however small its error.
    [InlineData(1.49, 0.01, 0.0001, Dif.EtsClass.B)]
    // 1.5 and (1.5 − 1) / 0.30 = 1.667 > 1.645: significantly greater than 1, C.
    [InlineData(-1.50, 0.30, 0.0001, Dif.EtsClass.C)]
    // 1.5 but (1.5 − 1) / 0.31 = 1.613: not significantly greater than 1, B.
    [InlineData(-1.50, 0.31, 0.0001, Dif.EtsClass.B)]
    [InlineData(2.40, 0.50, 0.0001, Dif.EtsClass.C)]
    public void The_ETS_classes_hold_at_their_boundaries(double delta, double se, double p, Dif.EtsClass expected) =>
        Assert.Equal(expected, Dif.Classify(delta, se, p));

    [Fact]
    public void A_strata_of_one_candidate_or_one_group_adds_nothing()
    {
        var with = Dif.MantelHaenszel([.. Strata, new(1, 0, 0, 0), new(3, 2, 0, 0)])!;
        var without = Dif.MantelHaenszel(Strata)!;
        Assert.Equal(without.ChiSquare, with.ChiSquare, 12);
        Assert.Equal(without.OddsRatio, with.OddsRatio, 12);
        Assert.Null(Dif.MantelHaenszel([new(5, 0, 4, 0)]));
    }

    /// <summary>Rasch data for 4,000 candidates, each answering 20 of a 40-item bank, with item 7 made 1.2 logits
    /// harder for the focal group: the screen, matching on each candidate's own form and purifying, finds item 7 C
    /// (harder for the focal group) and no other item C.</summary>
    [Fact]
    public void A_planted_biased_item_is_found_C_on_per_candidate_forms_and_no_fair_item_is()
    {
        var random = new Random(20261205);
        var difficulty = Enumerable.Range(0, 40).Select(_ => random.NextDouble() * 3 - 1.5).ToArray();
        var responses = new List<Response>();
        var focal = new Dictionary<int, bool>();
        for (var p = 0; p < 4000; p++)
        {
            var isFocal = p % 3 == 0;
            focal[p] = isFocal;
            // Abilities from a standard normal (Box–Muller); the groups differ in ability too, as real groups may.
            var theta =
                Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())
                - (isFocal ? 0.3 : 0);
            foreach (var item in Enumerable.Range(0, 40).OrderBy(_ => random.Next()).Take(20))
            {
                var b = difficulty[item] + (item == 7 && isFocal ? 1.2 : 0);
                var right = random.NextDouble() < 1 / (1 + Math.Exp(b - theta));
                responses.Add(new(p, item, right));
            }
        }
        var screen = Dif.Screen(responses, focal, strata: 20);
        Assert.Equal(40, screen.Count);
        var seven = screen.Single(i => i.Item == 7).Result!;
        Assert.Equal(Dif.EtsClass.C, seven.Class);
        Assert.True(seven.Delta < 0, "harder for the focal group");
        Assert.DoesNotContain(screen, i => i.Item != 7 && i.Result?.Class == Dif.EtsClass.C);
    }

    [Fact]
    public void An_item_too_few_in_a_group_have_seen_is_not_tested()
    {
        var responses = new List<Response>();
        var focal = new Dictionary<int, bool>();
        for (var p = 0; p < 30; p++)
        {
            focal[p] = p < 5;
            responses.Add(new(p, 1, p % 2 == 0));
            responses.Add(new(p, 2, p % 3 == 0));
        }
        var screen = Dif.Screen(responses, focal, minimumPerGroup: 10);
        Assert.All(screen, i => Assert.Null(i.Result));
        Assert.Contains("5 of the focal group", screen[0].NotTested);
    }
}
