using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;

namespace Naas.Domain.Tests;

public class EndorsementRuleTests
{
    private static readonly EngagementPeriod Here = new(
        Guid.NewGuid(),
        new DateOnly(2020, 1, 1),
        null,
        1m,
        StatusLevel.Practitioner,
        EntryRoute.AlreadyInPost,
        EmploymentType.Permanent
    );
    private static readonly EligibilityDecision Eligible = new(
        EligibilityOutcome.Eligible,
        new DateOnly(2020, 1, 1),
        null,
        "Eligible."
    );
    private static readonly EligibilityDecision NotYet = new(
        EligibilityOutcome.NotYetEligible,
        new DateOnly(2027, 1, 1),
        null,
        "Not until 1 January 2027."
    );

    private static EndorsementRequest Request(
        OrganisationKind kind = OrganisationKind.LocalAuthority,
        EngagementPeriod? here = null,
        EligibilityDecision? eligibility = null,
        string? exception = null,
        bool holds = false,
        bool open = false,
        string? judgement = "Meets the standard",
        string? evidence = "Supervision notes"
    ) =>
        new(
            StatusLevel.Practitioner,
            kind,
            here ?? Here,
            eligibility ?? Eligible,
            judgement,
            evidence,
            exception,
            holds,
            open
        );

    [Fact]
    public void An_eligible_person_with_judgement_and_evidence_can_be_endorsed_para37() =>
        Assert.Empty(EndorsementRule.Check(Request()));

    [Fact]
    public void An_employment_agency_can_never_endorse_para72()
    {
        var problems = EndorsementRule.Check(Request(kind: OrganisationKind.EmploymentAgency));
        Assert.Contains(problems, p => p.Message.Contains("Employment agencies cannot endorse"));
    }

    [Fact]
    public void Agency_worker_is_endorsed_by_the_organisation_holding_the_statutory_functions_para72()
    {
        var agencyWorker = Here with { EmploymentType = EmploymentType.Agency };
        Assert.Empty(EndorsementRule.Check(Request(here: agencyWorker)));
        var selfEmployed = Here with { EmploymentType = EmploymentType.SelfEmployed };
        Assert.Empty(EndorsementRule.Check(Request(here: selfEmployed)));
    }

    [Fact]
    public void An_organisation_the_person_does_not_work_for_cannot_endorse_para72()
    {
        var problems = EndorsementRule.Check(
            new EndorsementRequest(
                StatusLevel.Practitioner,
                OrganisationKind.LocalAuthority,
                null,
                Eligible,
                "j",
                "e",
                null,
                false,
                false
            )
        );
        Assert.Single(problems);
        Assert.Contains("currently carries out statutory functions", problems[0].Message);
    }

    [Fact]
    public void Endorsing_someone_not_yet_eligible_is_refused_with_the_reason()
    {
        var problems = EndorsementRule.Check(Request(eligibility: NotYet));
        var p = Assert.Single(problems);
        Assert.Equal("ExceptionReason", p.Field);
        Assert.Contains("Not until 1 January 2027.", p.Message);
    }

    [Fact]
    public void Endorsing_someone_not_yet_eligible_is_allowed_with_a_recorded_exception() =>
        Assert.Empty(
            EndorsementRule.Check(Request(eligibility: NotYet, exception: "Covering for a vacancy; ready early"))
        );

    [Fact]
    public void A_status_the_person_cannot_hold_in_their_role_is_refused_even_with_an_exception()
    {
        var wrongRole = new EligibilityDecision(
            EligibilityOutcome.NotEligible,
            null,
            null,
            "Sam works here as a child and family practitioner; practice leader status is for people in that role."
        );
        var p = Assert.Single(EndorsementRule.Check(Request(eligibility: wrongRole, exception: "Please")));
        Assert.Equal("Status", p.Field);
        Assert.Contains("practice leader status is for people in that role", p.Message);
    }

    [Fact]
    public void Judgement_and_evidence_are_required_para37()
    {
        var problems = EndorsementRule.Check(Request(judgement: " ", evidence: null));
        Assert.Contains(problems, p => p.Field == "Judgement");
        Assert.Contains(problems, p => p.Field == "Evidence");
    }

    [Fact]
    public void No_second_open_endorsement_and_none_for_a_status_already_held()
    {
        Assert.Contains(
            EndorsementRule.Check(Request(open: true)),
            p => p.Message.Contains("already have an endorsement")
        );
        Assert.Contains(EndorsementRule.Check(Request(holds: true)), p => p.Message.Contains("already hold"));
    }

    [Theory]
    [InlineData(EndorsementState.AwaitingAgreement, EndorsementAction.Agree, EndorsementState.Agreed)]
    [InlineData(EndorsementState.AwaitingAgreement, EndorsementAction.Decline, EndorsementState.Declined)]
    [InlineData(EndorsementState.AwaitingAgreement, EndorsementAction.Withdraw, EndorsementState.Withdrawn)]
    [InlineData(EndorsementState.Agreed, EndorsementAction.Withdraw, EndorsementState.Withdrawn)]
    [InlineData(EndorsementState.Agreed, EndorsementAction.BeginAssessment, EndorsementState.InAssessment)]
    [InlineData(EndorsementState.InAssessment, EndorsementAction.Complete, EndorsementState.Completed)]
    [InlineData(EndorsementState.Agreed, EndorsementAction.Complete, EndorsementState.Completed)] // a retake marked wholly outside the service
    public void The_social_worker_agrees_or_declines_and_the_employer_may_withdraw_before_assessment(
        EndorsementState from,
        EndorsementAction action,
        EndorsementState to
    )
    {
        var (next, refusal) = EndorsementTransitions.Apply(from, action);
        Assert.Equal(to, next);
        Assert.Null(refusal);
    }

    [Theory]
    [InlineData(EndorsementState.InAssessment, EndorsementAction.Withdraw, "assessment has begun")]
    [InlineData(EndorsementState.Agreed, EndorsementAction.Decline, "no longer waiting")]
    [InlineData(EndorsementState.Declined, EndorsementAction.Agree, "no longer waiting")]
    [InlineData(EndorsementState.Withdrawn, EndorsementAction.Withdraw, "already been withdrawn")]
    [InlineData(
        EndorsementState.AwaitingAgreement,
        EndorsementAction.BeginAssessment,
        "once the social worker has agreed"
    )]
    [InlineData(EndorsementState.Declined, EndorsementAction.Complete, "declined or withdrawn")]
    [InlineData(EndorsementState.Withdrawn, EndorsementAction.Complete, "declined or withdrawn")]
    [InlineData(EndorsementState.Completed, EndorsementAction.Complete, "already been released")]
    public void Endorsements_cannot_move_backwards_or_be_withdrawn_once_assessment_begins(
        EndorsementState from,
        EndorsementAction action,
        string because
    )
    {
        var (next, refusal) = EndorsementTransitions.Apply(from, action);
        Assert.Null(next);
        Assert.Contains(because, refusal);
    }
}
