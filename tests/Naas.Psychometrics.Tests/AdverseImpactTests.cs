namespace Naas.Psychometrics.Tests;

/// <summary>Adverse impact (issue 16): pass rates per group, the four-fifths ratio, and Fisher's exact test against R
/// 4's <c>fisher.test</c>:
/// <code>
/// fisher.test(matrix(c(45, 15, 20, 20), 2, 2))$p.value   # 0.0178757397809
/// fisher.test(matrix(c(3, 1, 1, 3), 2, 2))$p.value       # 0.485714285714
/// </code></summary>
public class AdverseImpactTests
{
    [Fact]
    public void Fishers_exact_test_matches_fisher_test()
    {
        Assert.Equal(0.0178757397809, AdverseImpact.FisherExact(45, 20, 15, 20), 11);
        Assert.Equal(0.485714285714, AdverseImpact.FisherExact(3, 1, 1, 3), 11);
        Assert.Equal(1.0, AdverseImpact.FisherExact(5, 5, 5, 5), 12);
    }

    [Fact]
    public void A_group_under_four_fifths_of_the_highest_rate_is_flagged_and_one_at_it_is_not()
    {
        var rows = AdverseImpact.Compare([
            new("Under 35", 45, 60), // 75%
            new("35 to 49", 36, 60), // 60%: exactly four-fifths of 75%
            new("50 and over", 20, 40), // 50%: two-thirds
            new("Nobody", 0, 0),
        ]);
        Assert.Equal(["Under 35", "35 to 49", "50 and over"], rows.Select(r => r.Name));
        Assert.Equal((1.0, false, 1.0), (rows[0].Ratio, rows[0].UnderFourFifths, rows[0].P));
        Assert.Equal(0.8, rows[1].Ratio, 12);
        Assert.False(rows[1].UnderFourFifths);
        Assert.True(rows[2].UnderFourFifths);
        Assert.Equal(0.0178757397809, rows[2].P, 11);
    }
}
