using Naas.Domain.Results;

namespace Naas.Domain.Tests.Results;

public class OutcomeRulesTests
{
    private static readonly string[] Elements = ["knowledge test", "simulated practice", "written exercise"];
    private static readonly RetakeSettings Settings = new(ElementRetakeWithinMonths: 3, WholeRetakeAfterMonths: 12);
    private static readonly DateOnly Released = new(2027, 1, 15);

    [Theory]
    [InlineData(70, 100, 60, 5, ElementResult.Pass)]
    [InlineData(60, 100, 60, 5, ElementResult.Pass)] // at the pass mark is a pass
    [InlineData(55, 100, 60, 5, ElementResult.NarrowFail)] // 5 marks below, margin 5% of 100
    [InlineData(54.99, 100, 60, 5, ElementResult.Fail)]
    [InlineData(27, 40, 28, 5, ElementResult.NarrowFail)] // margin scales with the marks available: 2 of 40
    [InlineData(25.9, 40, 28, 5, ElementResult.Fail)]
    [InlineData(59, 100, 60, 0, ElementResult.Fail)] // no margin: every fail is a fail
    public void An_element_is_pass_or_fail_not_a_grade_with_narrow_fails_told_apart_para40_para75(
        decimal score,
        decimal max,
        decimal passMark,
        decimal margin,
        ElementResult expected
    ) => Assert.Equal(expected, ElementGrading.Grade(score, max, passMark, margin));

    [Fact]
    public void Every_combination_of_three_element_results_gives_the_outcome_the_rules_name_para40_para75_para76()
    {
        var values = Enum.GetValues<ElementResult>();
        var combinations = 0;
        foreach (var a in values)
        foreach (var b in values)
        foreach (var c in values)
        {
            combinations++;
            var results = new Dictionary<string, ElementResult>
            {
                [Elements[0]] = a,
                [Elements[1]] = b,
                [Elements[2]] = c,
            };
            var outcome = OutcomeRules.Decide(Elements, results, retaken: null, Released, Settings);
            var notPassed = results.Where(r => r.Value != ElementResult.Pass).ToList();
            switch (notPassed.Count)
            {
                case 0:
                    Assert.IsType<Outcome.Accredited>(outcome); // ¶40: pass every element
                    break;
                case 1 when notPassed[0].Value == ElementResult.NarrowFail:
                    var element = Assert.IsType<Outcome.RetakeElement>(outcome); // ¶75: that element alone, quickly
                    Assert.Equal(notPassed[0].Key, element.Element);
                    Assert.Equal(new DateOnly(2027, 4, 15), element.By);
                    break;
                default:
                    var whole = Assert.IsType<Outcome.RetakeWhole>(outcome); // ¶76: the whole assessment, after the longer period
                    Assert.Equal(new DateOnly(2028, 1, 15), whole.NotBefore);
                    break;
            }
        }
        Assert.Equal(27, combinations);
    }

    [Fact]
    public void Results_cannot_be_released_until_every_element_of_the_model_has_one()
    {
        var outcome = OutcomeRules.Decide(
            Elements,
            new Dictionary<string, ElementResult> { [Elements[0]] = ElementResult.Pass },
            null,
            Released,
            Settings
        );
        Assert.Equal([Elements[1], Elements[2]], Assert.IsType<Outcome.Incomplete>(outcome).Missing);
    }

    [Fact]
    public void A_model_with_only_the_knowledge_test_works_the_same_way()
    {
        string[] one = ["knowledge test"];
        Assert.IsType<Outcome.Accredited>(
            OutcomeRules.Decide(
                one,
                new Dictionary<string, ElementResult> { ["knowledge test"] = ElementResult.Pass },
                null,
                Released,
                Settings
            )
        );
        Assert.IsType<Outcome.RetakeElement>(
            OutcomeRules.Decide(
                one,
                new Dictionary<string, ElementResult> { ["knowledge test"] = ElementResult.NarrowFail },
                null,
                Released,
                Settings
            )
        );
    }

    [Fact]
    public void A_retake_is_judged_with_the_results_kept_and_passing_it_accredits_para75()
    {
        var first = new Dictionary<string, ElementResult>
        {
            [Elements[0]] = ElementResult.Pass,
            [Elements[1]] = ElementResult.NarrowFail,
            [Elements[2]] = ElementResult.Pass,
        };
        var combined = OutcomeRules.Combine(
            first,
            new Dictionary<string, ElementResult> { [Elements[1]] = ElementResult.Pass }
        );
        Assert.IsType<Outcome.Accredited>(
            OutcomeRules.Decide(Elements, combined, Elements[1], Released.AddMonths(2), Settings)
        );
    }

    [Fact]
    public void Failing_the_retaken_element_again_even_narrowly_means_the_whole_assessment_para75_para76()
    {
        var combined = new Dictionary<string, ElementResult>
        {
            [Elements[0]] = ElementResult.Pass,
            [Elements[1]] = ElementResult.NarrowFail,
            [Elements[2]] = ElementResult.Pass,
        };
        var outcome = Assert.IsType<Outcome.RetakeWhole>(
            OutcomeRules.Decide(Elements, combined, Elements[1], Released, Settings)
        );
        Assert.Contains("retaken", outcome.Reason);
    }

    [Fact]
    public void A_retake_needs_the_employer_to_endorse_again_and_keeps_to_its_window_para74_para75_para76()
    {
        var element = new Outcome.RetakeElement(Elements[1], new DateOnly(2027, 4, 15));
        Assert.Contains(
            "endorse you again",
            OutcomeRules.RetakeAllowed(element, Elements, reEndorsed: false, new DateOnly(2027, 2, 1)).Refusal
        );
        var inWindow = OutcomeRules.RetakeAllowed(element, Elements, reEndorsed: true, new DateOnly(2027, 4, 15));
        Assert.True(inWindow.Allowed);
        Assert.Equal([Elements[1]], inWindow.Elements); // only the narrowly failed element
        var lapsed = OutcomeRules.RetakeAllowed(element, Elements, reEndorsed: true, new DateOnly(2027, 4, 16));
        Assert.Equal(Elements, lapsed.Elements); // the short window has passed: the whole assessment

        var whole = new Outcome.RetakeWhole(new DateOnly(2028, 1, 15), "two failed");
        Assert.Contains(
            "from 15 January 2028",
            OutcomeRules.RetakeAllowed(whole, Elements, true, new DateOnly(2028, 1, 14)).Refusal
        );
        Assert.Equal(Elements, OutcomeRules.RetakeAllowed(whole, Elements, true, new DateOnly(2028, 1, 15)).Elements);
        Assert.False(
            OutcomeRules.RetakeAllowed(new Outcome.Accredited(), Elements, true, new DateOnly(2028, 1, 15)).Allowed
        );
    }
}
