using Naas.Domain.Results;
using Naas.Domain.Workforce;
using Words = Naas.Web.Infrastructure.Words;

namespace Naas.Web.Features.Results;

/// <summary>A social worker's results were released with their outcome (¶74).</summary>
public sealed record ResultsReleased(
    Guid Release,
    Guid Person,
    Guid Endorsement,
    string RegistrationNumber,
    StatusLevel Level,
    OutcomeKind Outcome,
    string? RetakeElement,
    DateOnly? RetakeBy,
    DateOnly? RetakeNotBefore
) : ResultReleaseChange(Release, Person)
{
    public override string Action => "Released";

    public override string Summary() =>
        $"{RegistrationNumber} {Level.Name()} results released: {Words.Outcome(Outcome).ToLowerInvariant()}";

    public override string? ForThePerson() =>
        $"Your {Level.Name()} results were released: {Words.Outcome(Outcome).ToLowerInvariant()}.";
}

/// <summary>A release was replaced after a re-mark, or set aside for a fresh attempt, on independent review.</summary>
public sealed record ResultsSuperseded(Guid Release, Guid Person, Guid Review, bool ForFreshAttempt)
    : ResultReleaseChange(Release, Person)
{
    public override string Action => "Superseded";

    public override string Summary() =>
        ForFreshAttempt
            ? "Set aside on independent review: a fresh attempt was granted"
            : "Replaced after a re-mark on independent review";

    public override string? ForThePerson() =>
        ForFreshAttempt
            ? "Your earlier results were set aside on independent review, for a fresh attempt."
            : "Your earlier results were replaced after a re-mark on independent review.";
}

/// <summary>A result from the earlier assessment carried onto a single-element retake (¶75).</summary>
public sealed record ElementResultKept(
    Guid Mark,
    Guid Person,
    Guid Endorsement,
    Guid KeptFrom,
    string Element,
    ElementResult Result
) : ElementMarkChange(Mark, Person)
{
    public override string Action => "Kept";

    public override string Summary() => $"{Element} result {Result} kept from the earlier assessment for the retake";

    public override string? ForThePerson() =>
        $"Your {Words.Element(Element).ToLowerInvariant()} result from your earlier assessment was kept for the retake.";
}
