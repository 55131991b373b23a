using Naas.Domain.Reviews;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>A social worker asked for an independent review of their results (¶42).</summary>
public sealed record ReviewRequested(Guid Review, Guid Person, Guid Release, ReviewGround Ground)
    : ReviewRequestChange(Review, Person)
{
    public override string Action => "Requested";

    public override string Summary() => $"Independent review asked for: {Ground.Words()}";

    public override string? ForThePerson() =>
        $"You asked for an independent review: {Ground.Words().ToLowerInvariant()}.";
}

/// <summary>The employer said whether it supports a review; its statement is the reason when it does not.</summary>
public sealed record ReviewEmployerResponded(
    Guid Review,
    Guid Person,
    bool Supports,
    string Statement,
    DateOnly? DecisionDue
) : ReviewRequestChange(Review, Person)
{
    public override string Action => Supports ? "EmployerSupported" : "EmployerNotSupported";
    public override string? GivenReason => Supports ? null : Statement;

    public override string Summary() =>
        Supports && DecisionDue is { } due
            ? $"The employer supports the review; a decision is due by {Clock.UkDate(due)}"
            : "The employer does not support the review";

    public override string? ForThePerson() =>
        Supports && DecisionDue is { } due
            ? $"Your employer supports your review. A decision is due by {Clock.UkDate(due)}."
            : "Your employer does not support your review.";
}

/// <summary>A reviewer who was not involved before was given the review.</summary>
public sealed record ReviewerAssigned(
    Guid Review,
    Guid Person,
    Guid ReviewerUserId,
    string ReviewerName,
    DateOnly DecisionDue
) : ReviewRequestChange(Review, Person)
{
    public override string Action => "Assigned";

    public override string Summary() =>
        $"Assigned to {ReviewerName}, who was not involved before; decision due by {Clock.UkDate(DecisionDue)}";

    public override string? ForThePerson() =>
        $"An independent reviewer who was not involved in your assessment was given your review. They will decide by {Clock.UkDate(DecisionDue)}.";
}

/// <summary>The independent reviewer decided, with reasons.</summary>
public sealed record ReviewDecided(Guid Review, Guid Person, ReviewDecision Decision, string Reasons)
    : ReviewRequestChange(Review, Person)
{
    public override string Action => "Decided";
    public override string? GivenReason => Reasons;

    public override string Summary() => $"Independent review decided: {Decision.Words()}";

    public override string? ForThePerson() =>
        $"The independent reviewer decided: {Decision.Words().ToLowerInvariant()}.";
}

/// <summary>A fresh attempt, a new endorsement agreed from the start, was granted on independent review.</summary>
public sealed record FreshAttemptGranted(Guid Endorsement, Guid Person, Guid Review, string Taken)
    : EndorsementChange(Endorsement, Person)
{
    public override string Action => "FreshAttempt";

    public override string Summary() => $"A fresh attempt at {Taken} granted on independent review";

    public override string? ForThePerson() => $"You were granted a fresh attempt at {Taken} on independent review.";
}
