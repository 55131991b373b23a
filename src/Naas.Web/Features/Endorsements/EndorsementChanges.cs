using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Endorsements;

/// <summary>An employer put a social worker forward for a status (¶30–37); a retake names what is taken again
/// (¶75–76).</summary>
public sealed record Endorsed(
    Guid Endorsement,
    Guid Person,
    string PersonName,
    string RegistrationNumber,
    string Organisation,
    StatusLevel Level,
    string? ExceptionReason,
    Guid? RetakeOf,
    string? SingleElement
) : EndorsementChange(Endorsement, Person)
{
    public override string? GivenReason => ExceptionReason;

    private string Retake =>
        RetakeOf is null ? ""
        : SingleElement is { } one ? $"; a retake of the {one} alone, other results kept (¶75)"
        : "; the whole assessment again (¶76)";

    public override string Summary() =>
        $"{Organisation} endorsed {PersonName} ({RegistrationNumber}) for {Level.Name()} status"
        + (ExceptionReason is null ? "" : " as an exception: not yet eligible")
        + Retake;

    public override string? ForThePerson() =>
        $"{Organisation} put you forward for {Level.Name()} status"
        + (
            RetakeOf is null ? ""
            : SingleElement is { } one ? $", to take the {one} again"
            : ", to take the whole assessment again"
        )
        + ".";
}

/// <summary>An endorsement moved through <see cref="EndorsementTransitions"/>: agreed, declined, withdrawn, begun or
/// completed. One record for the state machine's moves, carrying the move, since the domain owns which moves exist.
/// The names are those shown at the time, where the code making the move had them to hand.</summary>
public sealed record EndorsementMoved(
    Guid Endorsement,
    Guid Person,
    string? PersonName,
    StatusLevel Level,
    string? Organisation,
    EndorsementAction Move,
    EndorsementState From,
    EndorsementState To,
    string? Reason
) : EndorsementChange(Endorsement, Person)
{
    public override string Action =>
        Move switch
        {
            EndorsementAction.BeginAssessment => "AssessmentBegun",
            EndorsementAction.Complete => "Completed",
            _ => Move.ToString(),
        };
    public override string? GivenReason => Reason;

    public override string Summary() =>
        Move switch
        {
            EndorsementAction.BeginAssessment =>
                "Assessment began with the knowledge test; the endorsement can no longer be withdrawn",
            EndorsementAction.Complete => "Results released: this endorsement's assessment is over",
            _ => $"{PersonName}'s endorsement for {Level.Name()} status by {Organisation}: {From.Name()} → {To.Name()}",
        };

    public override string? ForThePerson() =>
        Move switch
        {
            EndorsementAction.Agree =>
                $"You agreed to be put forward by {Organisation ?? "your employer"} for {Level.Name()} status.",
            EndorsementAction.Decline =>
                $"You said no to being put forward by {Organisation ?? "your employer"} for {Level.Name()} status.",
            EndorsementAction.Withdraw =>
                $"{Organisation ?? "Your employer"} withdrew its endorsement of you for {Level.Name()} status.",
            EndorsementAction.BeginAssessment => $"Your {Level.Name()} assessment began with the knowledge test.",
            EndorsementAction.Complete => $"Your {Level.Name()} assessment finished when your results were released.",
            _ => null,
        };
}
