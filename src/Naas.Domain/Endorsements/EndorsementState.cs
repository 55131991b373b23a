namespace Naas.Domain.Endorsements;

public enum EndorsementState
{
    /// <summary>The employer has endorsed; the social worker has not yet agreed to be put forward.</summary>
    AwaitingAgreement = 1,

    /// <summary>The social worker agreed: the endorsement stands.</summary>
    Agreed = 2,

    /// <summary>The social worker declined. Accreditation is voluntary: recorded without penalty.</summary>
    Declined = 3,

    /// <summary>Withdrawn by the employer before assessment.</summary>
    Withdrawn = 4,

    /// <summary>Assessment has begun; the endorsement can no longer be withdrawn (later issues set this).</summary>
    InAssessment = 5,

    /// <summary>Results released: this endorsement's assessment is over. A retake needs a new endorsement.</summary>
    Completed = 6,
}

public enum EndorsementAction
{
    Agree,
    Decline,
    Withdraw,
    BeginAssessment,
    Complete,
}

/// <summary>What may happen to an endorsement, and the words that say why not.</summary>
public static class EndorsementTransitions
{
    public static (EndorsementState? Next, string? Refusal) Apply(EndorsementState from, EndorsementAction action) =>
        (from, action) switch
        {
            (EndorsementState.AwaitingAgreement, EndorsementAction.Agree) => (EndorsementState.Agreed, null),
            (EndorsementState.AwaitingAgreement, EndorsementAction.Decline) => (EndorsementState.Declined, null),
            (EndorsementState.AwaitingAgreement or EndorsementState.Agreed, EndorsementAction.Withdraw) => (
                EndorsementState.Withdrawn,
                null
            ),
            (EndorsementState.Agreed, EndorsementAction.BeginAssessment) => (EndorsementState.InAssessment, null),
            // Results released end the assessment: usually one under way, or a retake whose only element was marked
            // outside the service (so nothing in the service began it). Release has never waited for the social
            // worker's answer to a retake's endorsement; whether it should is open (see issue 14's note).
            (
                EndorsementState.AwaitingAgreement
                    or EndorsementState.Agreed
                    or EndorsementState.InAssessment,
                EndorsementAction.Complete
            ) => (EndorsementState.Completed, null),
            (EndorsementState.Completed, EndorsementAction.Complete) => (
                null,
                "These results have already been released: the assessment is over."
            ),
            (_, EndorsementAction.Complete) => (
                null,
                "Results cannot be released for an endorsement that was declined or withdrawn."
            ),
            (EndorsementState.InAssessment, EndorsementAction.Withdraw) => (
                null,
                "This endorsement cannot be withdrawn because assessment has begun."
            ),
            (EndorsementState.Completed, EndorsementAction.Withdraw) => (
                null,
                "This endorsement cannot be withdrawn because its assessment is over and the results have been released."
            ),
            (_, EndorsementAction.Agree or EndorsementAction.Decline) => (
                null,
                "This endorsement is no longer waiting for an answer."
            ),
            (_, EndorsementAction.BeginAssessment) => (
                null,
                "Assessment can only begin once the social worker has agreed to be put forward."
            ),
            _ => (null, "This endorsement has already been withdrawn or declined."),
        };

    /// <summary>Endorsements that still count: waiting for an answer, agreed, or in assessment.</summary>
    public static bool IsOpen(EndorsementState s) =>
        s is EndorsementState.AwaitingAgreement or EndorsementState.Agreed or EndorsementState.InAssessment;

    public static string Name(this EndorsementState s) =>
        s switch
        {
            EndorsementState.AwaitingAgreement => "Waiting for the social worker to agree",
            EndorsementState.Agreed => "Agreed",
            EndorsementState.Declined => "Declined by the social worker",
            EndorsementState.Withdrawn => "Withdrawn",
            EndorsementState.InAssessment => "In assessment",
            EndorsementState.Completed => "Results released",
            _ => s.ToString(),
        };
}
