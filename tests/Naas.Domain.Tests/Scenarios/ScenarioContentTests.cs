using Naas.Domain.ItemBank;
using Naas.Domain.Scenarios;
using Naas.Domain.Workforce;

namespace Naas.Domain.Tests.Scenarios;

/// <summary>The scenario library's rules (issue 15; ¶31–32, `000`): what a simulation's scenario must say before it is
/// saved, what its marking guide must hold before review, and its life cycle.</summary>
public class ScenarioContentTests
{
    private static readonly int[] Areas = [1, 2, 3, 4, 5];

    private static ScenarioContent Practitioner(
        string? caseName = "The Clarke family",
        int? part = 1,
        bool supervises = false,
        int? preparation = 10
    ) =>
        new(
            StatusLevel.Practitioner,
            "First home visit",
            caseName,
            part,
            supervises,
            "A referral from the school about Jay, aged 6.",
            preparation,
            20,
            "Kerry Clarke, Jay's mother",
            "Jay has missed 12 days of school this term.",
            "Worried and defensive.",
            "If the social worker explains why they came, Kerry calms down.",
            "That her partner has moved back in."
        );

    private static CriterionContent Criterion(
        string text = "Explains the purpose of the visit",
        string? shown = null
    ) =>
        new(
            text,
            2,
            "Does not say why they are there",
            "Says why, but not what happens next",
            shown
                ?? "Explains the referral and the family's rights\nAsks the parent what they understand of the referral",
            "Explains purpose, rights and next steps, checking understanding"
        );

    [Fact]
    public void A_practitioners_scenario_is_a_part_of_one_familys_case_para31()
    {
        Assert.Empty(Practitioner().Validate());
        Assert.Contains(
            Practitioner(caseName: " ").Validate(),
            p => p == ("CaseName", "Enter the family's case this scenario is part of")
        );
        Assert.Contains(Practitioner(part: 0).Validate(), p => p.Field == "Part");
        Assert.Contains(Practitioner(part: null).Validate(), p => p.Field == "Part");
    }

    [Fact]
    public void Only_a_supervisors_scenario_is_about_supervising_a_social_worker_para31()
    {
        Assert.Contains(Practitioner(supervises: true).Validate(), p => p.Field == "SupervisesSocialWorker");
        var supervisor = Practitioner(caseName: null, part: null, supervises: true) with
        {
            For = StatusLevel.Supervisor,
        };
        Assert.Empty(supervisor.Validate());
    }

    [Fact]
    public void A_scenario_has_a_briefing_with_preparation_time_and_a_whole_actors_brief()
    {
        var blank = new ScenarioContent(
            StatusLevel.Supervisor,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
        );
        Assert.Equal(
            [
                "Title",
                "Briefing",
                "PreparationMinutes",
                "SimulationMinutes",
                "ActorPlays",
                "ActorKnows",
                "ActorFeels",
                "ActorResponses",
                "ActorNeverSays",
            ],
            blank.Validate().Select(p => p.Field)
        );
        Assert.Contains(Practitioner(preparation: 61).Validate(), p => p.Field == "PreparationMinutes");
        var longTitle = Practitioner() with { Title = new string('a', 201) };
        Assert.Contains(
            longTitle.Validate(),
            p => p == ("Title", "The scenario's title must be 200 characters or fewer")
        );
    }

    [Fact]
    public void More_than_one_good_approach_earns_credit_so_shown_lists_at_least_two_behaviours_000()
    {
        Assert.Empty(Criterion().Validate(Areas));
        var single = Criterion(shown: "Explains the referral");
        Assert.Contains(single.Validate(Areas), p => p.Field == "Shown" && p.Message.Contains("more than one good"));
        // Blank lines are not behaviours.
        Assert.Contains(Criterion(shown: "Explains the referral\n \n").Validate(Areas), p => p.Field == "Shown");
    }

    [Fact]
    public void Every_level_is_anchored_and_the_area_is_one_of_the_statuses_own()
    {
        var unanchored = Criterion() with { PartlyShown = "  " };
        Assert.Contains(
            unanchored.Validate(Areas),
            p => p == ("PartlyShown", "Describe what a candidate does at \"partly shown\"")
        );
        var otherStatus = Criterion() with { AreaNumber = 9 };
        Assert.Contains(
            otherStatus.Validate(Areas),
            p => p.Field == "AreaNumber" && p.Message.Contains("scenario's status")
        );
        Assert.Contains((Criterion() with { AreaNumber = null }).Validate(Areas), p => p.Field == "AreaNumber");
    }

    [Fact]
    public void A_guide_goes_to_review_with_three_to_twelve_different_criteria_each_whole()
    {
        Assert.Contains(
            ScenarioContent.ValidateGuide([Criterion("a"), Criterion("b")], Areas),
            p => p.Message == "Add at least 3 marking criteria before sending it for review"
        );
        Assert.Empty(ScenarioContent.ValidateGuide([Criterion("a"), Criterion("b"), Criterion("c")], Areas));
        Assert.Contains(
            ScenarioContent.ValidateGuide([Criterion("a"), Criterion("A "), Criterion("c")], Areas),
            p => p.Message.StartsWith("Two criteria say the same thing")
        );
        Assert.Contains(
            ScenarioContent.ValidateGuide([Criterion("a"), Criterion("b"), Criterion("c", shown: "one")], Areas),
            p => p.Message.StartsWith("Criterion 3: ")
        );
        Assert.Contains(
            ScenarioContent.ValidateGuide(Enumerable.Range(1, 13).Select(i => Criterion($"c{i}")).ToList(), Areas),
            p => p.Message == "A marking guide has at most 12 criteria"
        );
    }

    [Fact]
    public void A_scenario_has_the_item_banks_life_cycle_in_its_own_words()
    {
        var author = Guid.NewGuid();
        Assert.Equal(
            "You wrote this scenario, so someone else must review it.",
            ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.Approve, author, author, false, "scenario").Refusal
        );
        Assert.Equal(
            "This version has been used in an assessment and cannot change. Make a new version instead.",
            ItemLifecycle.Apply(ItemStatus.Draft, ItemAction.Edit, author, author, true, "scenario").Refusal
        );
        Assert.Equal(
            "You wrote this item, so someone else must review it.",
            ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.Approve, author, author, false).Refusal
        );
    }

    [Fact]
    public void The_global_judgement_is_the_five_point_scale_beside_the_criteria()
    {
        Assert.Equal(
            ["fail", "borderline", "pass", "good", "excellent"],
            Enum.GetValues<GlobalJudgement>().Select(j => j.Name())
        );
    }
}
