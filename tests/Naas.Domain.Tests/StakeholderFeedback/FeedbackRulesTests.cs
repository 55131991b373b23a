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

    [Fact]
    public void The_feedback_mark_weighs_each_shown_category_equally_and_ignores_hidden_ones()
    {
        // Six peers rate both areas 5; three managers rate them 2 and 3; two elected members (below the threshold of
        // three) rate them 1. Per area: (5 + 2) / 2 = 3.5 and (5 + 3) / 2 = 4.0, not weighted by headcount
        // ((6×5 + 3×2) / 9 = 4.0) and with the hidden elected members left out altogether.
        var answers = Enumerable
            .Repeat((RespondentCategory.Peer, (IReadOnlyList<int>)[5, 5]), 6)
            .Concat(Enumerable.Repeat((RespondentCategory.Manager, (IReadOnlyList<int>)[2, 3]), 3))
            .Concat(Enumerable.Repeat((RespondentCategory.ElectedMember, (IReadOnlyList<int>)[1, 1]), 2));
        var results = FeedbackRules.Aggregate(answers, areas: 2, threshold: 3);
        var (score, waiting) = FeedbackRules.Combine(results, areas: 2, threshold: 3, minimumCategories: 2);
        Assert.Null(waiting);
        Assert.Equal([3.5m, 4.0m], score!.AreaMeans);
        Assert.Equal((7.5m, 10, 9), (score.Total, score.Max, score.Respondents));
        Assert.Equal([RespondentCategory.Peer, RespondentCategory.Manager], score.Counted);
    }

    [Fact]
    public void The_feedback_is_not_scored_until_enough_categories_are_shown()
    {
        var results = FeedbackRules.Aggregate(
            Enumerable
                .Repeat((RespondentCategory.Peer, (IReadOnlyList<int>)[4]), 3)
                .Concat(Enumerable.Repeat((RespondentCategory.Partner, (IReadOnlyList<int>)[4]), 2)),
            areas: 1,
            threshold: 3
        );
        var (score, waiting) = FeedbackRules.Combine(results, areas: 1, threshold: 3, minimumCategories: 2);
        Assert.Null(score);
        Assert.Equal("Structured feedback is scored once at least 2 groups each have 3 answers: 1 has", waiting);
        Assert.NotNull(FeedbackRules.Combine(results, areas: 1, threshold: 3, minimumCategories: 1).Score);
    }
}
