using Naas.Domain.Observation;

namespace Naas.Domain.Tests.Observation;

/// <summary>The reflective conversation (¶32; seed 003): held after the candidate's last simulation, once it has been
/// played, and only where the reflective element is taken this time (¶75 keeps a passed element).</summary>
public class ReflectiveElementTests
{
    [Fact]
    public void It_follows_the_last_of_at_least_two_simulations_para32()
    {
        Assert.Null(ReflectiveElement.Refusal(played: true, isLast: true, 2, takesReflective: true, false));
        Assert.Contains("last simulation", ReflectiveElement.Refusal(true, isLast: false, 2, true, false));
        Assert.Contains("last simulation", ReflectiveElement.Refusal(true, isLast: true, simulations: 1, true, false));
    }

    [Fact]
    public void It_waits_until_the_last_simulation_has_been_played()
    {
        Assert.Contains("once this simulation has been played", ReflectiveElement.Refusal(false, true, 2, true, false));
    }

    [Fact]
    public void A_reflective_result_kept_from_an_earlier_assessment_is_not_assessed_again_para75()
    {
        Assert.Contains("kept from their earlier assessment", ReflectiveElement.Refusal(true, true, 2, false, false));
    }

    [Fact]
    public void For_practice_leaders_the_conversation_after_the_last_role_play_is_the_in_depth_interview_para45()
    {
        Assert.Equal("Interview", ReflectiveElement.KindFor(Workforce.StatusLevel.Leader));
        Assert.Equal("Reflective", ReflectiveElement.KindFor(Workforce.StatusLevel.Supervisor));
        Assert.Equal("Reflective", ReflectiveElement.KindFor(Workforce.StatusLevel.Practitioner));
        Assert.Equal(
            "The in-depth interview follows the candidate's last simulation: score it from that simulation's sheet",
            ReflectiveElement.Refusal(
                true,
                false,
                2,
                true,
                false,
                ReflectiveElement.WordsFor(Workforce.StatusLevel.Leader)
            )
        );
    }

    [Fact]
    public void It_is_scored_once()
    {
        Assert.Contains("has been scored", ReflectiveElement.Refusal(true, true, 2, true, alreadyScored: true));
    }

    [Fact]
    public void A_guide_needs_questions_a_time_and_two_criteria_of_its_own()
    {
        Naas.Domain.Marking.CriterionDraft C(string text) => new(text, 5, "What earns the marks.");
        var whole = new ReflectiveGuideDraft(
            "After the simulations",
            "What were your hypotheses?\n\nWhat next?",
            20,
            [C("A"), C("B")]
        );
        Assert.Empty(whole.Validate());
        Assert.Equal(["What were your hypotheses?", "What next?"], whole.PromptLines);
        Assert.Equal("Prompts", Assert.Single((whole with { Prompts = " \n " }).Validate()).Field);
        Assert.Equal("Minutes", Assert.Single((whole with { Minutes = 4 }).Validate()).Field);
        Assert.Equal("Minutes", Assert.Single((whole with { Minutes = 61 }).Validate()).Field);
        Assert.Empty((whole with { Minutes = 60 }).Validate());
        Assert.Equal("Criteria[0].Text", Assert.Single((whole with { Criteria = [C("A")] }).Validate()).Field);
    }
}
