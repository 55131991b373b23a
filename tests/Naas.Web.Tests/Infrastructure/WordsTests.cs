using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>The words people read in place of the code's names (issue 13).</summary>
public class WordsTests
{
    [Theory]
    [InlineData(
        "The whole assessment can be taken again from 1 May 2027 (¶76).",
        "The whole assessment can be taken again from 1 May 2027."
    )]
    [InlineData("Saying no is recorded (¶37) without penalty.", "Saying no is recorded without penalty.")]
    [InlineData("You have an accredited practice leader (¶57).", "You have an accredited practice leader.")]
    [InlineData("As ¶75–76 say, retakes wait.", "As say, retakes wait.")]
    [InlineData("No references here.", "No references here.")]
    public void Paragraph_references_are_taken_out_of_text_for_social_workers(string text, string plain) =>
        Assert.Equal(plain, Words.Plain(text));

    [Fact]
    public void A_rule_written_about_a_person_is_turned_to_speak_to_them()
    {
        var about =
            "Newly qualified social workers need 12 months of full-time continuous employment with the same employer, including their ASYE, before assessment (¶61). "
            + "Tom Hughes has worked here continuously since 2 April 2026, so they will be eligible on 2 April 2027 if they stay in post.";
        Assert.Equal(
            "Newly qualified social workers need 12 months of full-time continuous employment with the same employer, including their ASYE, before assessment. "
                + "You have worked here continuously since 2 April 2026, so you will be eligible on 2 April 2027 if you stay in post.",
            Words.ToYou(about, "Tom Hughes")
        );
        Assert.Equal(
            "You work here as a practice supervisor; child and family practitioner status is for people in that role.",
            Words.ToYou(
                "Priya Shah works here as a practice supervisor; child and family practitioner status is for people in that role.",
                "Priya Shah"
            )
        );
    }

    [Theory]
    [InlineData("SimulatedObservation", "Simulated observation")]
    [InlineData("LeaderAssessmentDay", "Leader assessment day")]
    [InlineData("Written", "Written exercise")]
    [InlineData("Simulated observation", "Simulated observation")] // already words: unchanged
    [InlineData("GroupExercise", "Group exercise")] // a kind the service does not know yet still reads as words
    public void Element_kinds_read_as_words(string kind, string words) => Assert.Equal(words, Words.Element(kind));

    [Fact]
    public void Outcomes_counts_and_kinds_in_sentences_read_as_words()
    {
        Assert.Equal("Retake the whole assessment", Words.Outcome(Naas.Domain.Results.OutcomeKind.RetakeWhole));
        Assert.Equal("Retake one element", Words.Outcome(Naas.Domain.Results.OutcomeKind.RetakeElement));
        Assert.Equal("1 organisation", Words.Count(1, "organisation"));
        Assert.Equal("40 organisations", Words.Count(40, "organisation"));
        Assert.Equal("2 people", Words.Count(2, "person", "people"));
        Assert.Equal(
            "The retaken written exercise was not passed, so the SimulatedObservation-like codes go: simulated observation too",
            Words.Kinds(
                "The retaken Written was not passed, so the SimulatedObservation-like codes go: SimulatedObservation too"
            )
        );
    }
}
