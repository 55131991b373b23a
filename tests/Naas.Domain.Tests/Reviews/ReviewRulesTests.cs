using Naas.Domain.Results;
using Naas.Domain.Reviews;

namespace Naas.Domain.Tests.Reviews;

/// <summary>Independent review (¶42): who may ask, by when, and who may review.</summary>
public class ReviewRulesTests
{
    private static readonly ReviewSettings Settings = new(
        RequestWithinDays: 28,
        EmployerDays: 10,
        AssignDays: 5,
        DecisionDays: 28
    );
    private static readonly DateOnly Released = new(2026, 11, 23);

    [Fact]
    public void A_review_may_be_asked_for_up_to_and_including_the_last_day_para42()
    {
        Assert.Null(
            ReviewRules.CanRequest(OutcomeKind.RetakeElement, Released, Released, Settings, alreadyAsked: false)
        );
        Assert.Null(
            ReviewRules.CanRequest(
                OutcomeKind.RetakeWhole,
                Released,
                new DateOnly(2026, 12, 21),
                Settings,
                alreadyAsked: false
            )
        );
        Assert.Contains(
            "by 21 December 2026",
            ReviewRules.CanRequest(
                OutcomeKind.RetakeWhole,
                Released,
                new DateOnly(2026, 12, 22),
                Settings,
                alreadyAsked: false
            )
        );
    }

    [Fact]
    public void Each_result_is_reviewed_once_and_a_pass_has_nothing_to_review_para42()
    {
        Assert.Contains(
            "already asked",
            ReviewRules.CanRequest(OutcomeKind.RetakeElement, Released, Released, Settings, alreadyAsked: true)
        );
        Assert.Contains(
            "nothing to review",
            ReviewRules.CanRequest(OutcomeKind.Accredited, Released, Released, Settings, alreadyAsked: false)
        );
    }

    [Fact]
    public void Each_step_has_its_deadline_from_the_settings_para42()
    {
        Assert.Equal(new DateOnly(2026, 12, 3), ReviewRules.EmployerDue(Released, Settings));
        Assert.Equal(new DateOnly(2026, 11, 28), ReviewRules.AssignDue(Released, Settings));
        Assert.Equal(new DateOnly(2026, 12, 21), ReviewRules.DecisionDue(Released, Settings));
    }

    [Fact]
    public void A_reviewer_involved_before_or_from_the_endorsing_employer_is_not_independent_para42()
    {
        var reviewer = Guid.NewGuid();
        var employer = Guid.NewGuid();
        Assert.Null(ReviewRules.Independence(reviewer, null, [Guid.NewGuid()], employer));
        Assert.Contains(
            "involved in the assessment before",
            ReviewRules.Independence(reviewer, null, [reviewer], employer)
        );
        Assert.Contains("works for the endorsing employer", ReviewRules.Independence(reviewer, employer, [], employer));
        Assert.Null(ReviewRules.Independence(reviewer, Guid.NewGuid(), [], employer));
    }
}
