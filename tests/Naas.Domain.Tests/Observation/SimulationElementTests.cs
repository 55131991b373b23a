using Naas.Domain.Observation;

namespace Naas.Domain.Tests.Observation;

/// <summary>Into results (issue 15, item 9; ¶31–32, ¶40): the simulated observation element is whole only when every
/// simulation the candidate was placed in (two at least) is decided, and its pass mark is the adopted one, scaled in
/// proportion where the panels rated a different number of marks.</summary>
public class SimulationElementTests
{
    [Fact]
    public void The_element_waits_until_both_simulations_are_decided_para31()
    {
        var (mark, waiting) = SimulationElement.Combine([(6.5m, 9)], placed: 1, passMark: 11, ratedOutOf: 18);
        Assert.Null(mark);
        Assert.Equal("1 of 2 simulations have an agreed or reconciled outcome", waiting);
        Assert.Equal(
            "2 of 3 simulations have an agreed or reconciled outcome",
            SimulationElement.Combine([(6.5m, 9), (5, 9)], placed: 3, passMark: 11, ratedOutOf: 18).Waiting
        );
    }

    [Fact]
    public void The_element_waits_for_an_adopted_pass_mark_para40()
    {
        var (mark, waiting) = SimulationElement.Combine(
            [(6.5m, 9), (5, 9)],
            placed: 2,
            passMark: null,
            ratedOutOf: null
        );
        Assert.Null(mark);
        Assert.StartsWith("No pass mark has been adopted", waiting);
    }

    [Fact]
    public void Scores_and_marks_available_are_summed_and_the_pass_mark_kept_on_the_same_scale()
    {
        Assert.Equal(
            new SimulationElement.Mark(11.5m, 18, 11, Scaled: false),
            SimulationElement.Combine([(6.5m, 9), (5, 9)], placed: 2, passMark: 11, ratedOutOf: 18).Mark
        );
    }

    [Fact]
    public void A_pass_mark_set_on_a_different_total_is_scaled_in_proportion()
    {
        // 5.5 of 9 is 11 of 18; 7 of 12 on 21 marks is 12.25.
        Assert.Equal(
            new SimulationElement.Mark(11.5m, 18, 11, Scaled: true),
            SimulationElement.Combine([(6.5m, 9), (5, 9)], placed: 2, passMark: 5.5m, ratedOutOf: 9).Mark
        );
        Assert.Equal(12.25m, SimulationElement.Combine([(6, 9), (8, 12)], 2, 7, 12).Mark!.PassMark);
    }

    [Fact]
    public void The_narrative_is_each_lead_observers_notes_in_order_within_what_feedback_may_hold()
    {
        Assert.Equal(
            "Visit: Warm.\n\nReview meeting: Clear.",
            SimulationElement.Narrative([("Visit", " Warm. "), ("Strategy", null), ("Review meeting", "Clear.")])
        );
        Assert.Null(SimulationElement.Narrative([("Visit", " ")]));
        Assert.Equal(
            4000,
            SimulationElement.Narrative([("A", new string('x', 3000)), ("B", new string('y', 3000))])!.Length
        );
    }
}
