using Naas.Domain.Fairness;

namespace Naas.Domain.Tests.Fairness;

/// <summary>Statistical disclosure control on every fairness report (issue 16, item 3): a group under the threshold
/// shows only as "fewer than N"; one hidden group takes the next smallest with it, so that the total and the others
/// cannot give it away; shown counts are rounded.</summary>
public class SuppressionTests
{
    [Fact]
    public void A_group_under_the_threshold_is_hidden_and_takes_the_next_smallest_with_it()
    {
        var shown = Suppression.Apply(
            [new("Under 30", 40, 30), new("30 to 39", 12, 9), new("60 and over", 1, 1), new("Roma", 0, 0)],
            threshold: 10,
            roundTo: 1
        );
        Assert.Equal([true, false, false, true], shown.Select(s => s.Visible));
        Assert.All(shown.Where(s => !s.Visible), s => Assert.Equal((null, null, null), (s.Count, s.Passed, s.Rate)));
        // A group of nobody gives nothing away and needs nothing hidden with it.
        Assert.Equal((0, (double?)null), (shown[3].Count!.Value, shown[3].Rate));
    }

    [Fact]
    public void Two_hidden_groups_already_hide_each_other()
    {
        var shown = Suppression.Apply(
            [new("A", 40, 30), new("B", 12, 9), new("C", 3, 1), new("D", 2, 2)],
            threshold: 10,
            roundTo: 1
        );
        Assert.Equal([true, true, false, false], shown.Select(s => s.Visible));
    }

    [Fact]
    public void Shown_counts_are_rounded_but_the_rate_is_from_the_exact_counts()
    {
        var a = Suppression.Apply([new("A", 47, 31), new("B", 23, 12)], threshold: 10, roundTo: 5);
        Assert.Equal((45, 30), (a[0].Count!.Value, a[0].Passed!.Value));
        Assert.Equal(31 / 47.0, a[0].Rate!.Value, 12);
        Assert.Equal((25, 10), (a[1].Count!.Value, a[1].Passed!.Value));
    }

    [Fact]
    public void Every_census_ethnic_group_falls_in_one_of_the_five_high_level_groups()
    {
        var groups = Enum.GetValues<Ethnicity>()
            .Where(e => e != Ethnicity.PreferNotToSay)
            .GroupBy(e => e.Group())
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(EqualityWords.EthnicGroups.OrderBy(g => g), groups.Keys.OrderBy(g => g));
        Assert.Equal(19, groups.Values.Sum());
        Assert.Equal(3, groups["Black, Black British, Black Welsh, Caribbean or African"]);
    }
}
