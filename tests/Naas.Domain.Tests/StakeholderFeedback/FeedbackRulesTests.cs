using Naas.Domain.StakeholderFeedback;

namespace Naas.Domain.Tests.StakeholderFeedback;

/// <summary>Structured feedback for practice leaders (issue 15, item 10; ¶45): answers only in aggregate, and only for
/// a category with at least the threshold's respondents.</summary>
public class FeedbackRulesTests
{
    [Fact]
    public void A_category_below_the_threshold_shows_only_how_many_answered_and_at_it_the_means()
    {
        var results = FeedbackRules.Aggregate(
            [
                (RespondentCategory.Peer, [4, 2]),
                (RespondentCategory.Peer, [5, 3]),
                (RespondentCategory.Manager, [1, 1]),
                (RespondentCategory.Manager, [2, 2]),
                (RespondentCategory.Peer, [3, 4]),
            ],
            areas: 2,
            threshold: 3
        );
        Assert.Equal(2, results.Count);
        Assert.Equal((RespondentCategory.Peer, 3), (results[0].Category, results[0].Answered));
        Assert.Equal([4.0, 3.0], results[0].Means!);
        Assert.Equal(
            (RespondentCategory.Manager, 2, (IReadOnlyList<double>?)null),
            (results[1].Category, results[1].Answered, results[1].Means)
        );
    }

    [Fact]
    public void Every_area_is_rated_on_the_scale()
    {
        Assert.Equal(["Area2", "Area3"], FeedbackRules.Check([3, null, 6], null).Select(p => p.Field));
        Assert.Empty(FeedbackRules.Check([1, 5], "Fine"));
        Assert.Equal("Comment", FeedbackRules.Check([1], new string('x', 2001)).Single().Field);
    }
}
