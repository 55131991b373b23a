using Naas.Domain.Observation;
using Naas.Domain.Scenarios;

namespace Naas.Domain.Tests.Observation;

/// <summary>The observer's sheet (issue 15, item 4): saved part done at any time, submitted only whole, with evidence
/// for every rating and the global judgement beside the criteria; a save from an older revision is a conflict.</summary>
public class ObservationSheetTests
{
    private static SheetContent Sheet(GlobalJudgement? global, params CriterionRating[] ratings) =>
        new(ratings, global, null);

    [Fact]
    public void A_part_done_sheet_saves_but_is_not_submitted()
    {
        var part = Sheet(null, new CriterionRating(1, CriterionLevel.Shown, "Explained the referral"));
        Assert.Empty(part.ValidateDraft(3));
        var problems = part.ValidateSubmission(3);
        Assert.Contains(("Level2", "Rate criterion 2"), problems);
        Assert.Contains(("Evidence3", "Write what you saw for criterion 3: the evidence for your rating"), problems);
        Assert.Contains(("Global", "Give your global judgement of the whole performance"), problems);
    }

    [Fact]
    public void A_whole_sheet_is_submitted_and_scores_the_sum_of_its_levels()
    {
        var whole = Sheet(
            GlobalJudgement.Borderline,
            new(1, CriterionLevel.Shown, "a"),
            new(2, CriterionLevel.NotShown, "b"),
            new(3, CriterionLevel.StronglyShown, "c")
        );
        Assert.Empty(whole.ValidateSubmission(3));
        Assert.Equal(5, whole.Score);
    }

    [Fact]
    public void Ratings_must_be_of_the_guides_criteria_and_evidence_of_a_readable_length()
    {
        Assert.Contains(
            ("", "The marking guide has no criterion 4"),
            Sheet(null, new CriterionRating(4, CriterionLevel.Shown, "x")).ValidateDraft(3)
        );
        Assert.Contains(
            Sheet(null, new CriterionRating(1, CriterionLevel.Shown, new string('x', 2001))).ValidateDraft(3),
            p => p.Field == "Evidence1"
        );
    }

    [Fact]
    public void A_save_from_an_older_revision_is_a_conflict_never_an_overwrite()
    {
        Assert.False(SheetRevisions.IsConflict(stored: 4, savedFrom: 4));
        Assert.True(SheetRevisions.IsConflict(stored: 5, savedFrom: 4));
    }
}
