using Naas.Domain.Observation;
using Naas.Domain.Scenarios;

namespace Naas.Domain.Tests.Observation;

/// <summary>Double marking (issue 15, item 8): two observers who differ by more than the margin, or on pass or fail,
/// go to a moderator, who gives agreed ratings, a global judgement and a rationale.</summary>
public class ReconciliationTests
{
    [Fact]
    public void Scores_within_the_margin_on_the_same_side_agree()
    {
        Assert.Empty(Reconciliation.Reasons(6, GlobalJudgement.Pass, 8, GlobalJudgement.Good, margin: 2));
        Assert.Empty(Reconciliation.Reasons(3, GlobalJudgement.Fail, 4, GlobalJudgement.Borderline, margin: 2));
    }

    [Fact]
    public void Scores_further_apart_than_the_margin_go_to_a_moderator()
    {
        Assert.Equal(
            ["The observers' scores (5 and 8) are 3 points apart, more than the margin of 2."],
            Reconciliation.Reasons(5, GlobalJudgement.Pass, 8, GlobalJudgement.Pass, margin: 2)
        );
    }

    [Fact]
    public void A_pass_and_a_not_pass_go_to_a_moderator_however_close_the_scores()
    {
        Assert.Equal(
            ["One observer judged the performance pass and the other borderline: a pass and not a pass."],
            Reconciliation.Reasons(6, GlobalJudgement.Borderline, 6, GlobalJudgement.Pass, margin: 2)
        );
    }

    [Fact]
    public void A_reconciliation_gives_every_rating_a_global_judgement_and_a_rationale()
    {
        var problems = Reconciliation.ValidateDecision([CriterionLevel.Shown, null], null, " ");
        Assert.Equal(["Level2", "Global", "Rationale"], problems.Select(p => p.Field));
        Assert.Empty(
            Reconciliation.ValidateDecision([CriterionLevel.Shown], GlobalJudgement.Pass, "Watched the recording")
        );
    }
}
