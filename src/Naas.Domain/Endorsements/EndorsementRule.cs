using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;

namespace Naas.Domain.Endorsements;

public sealed record EndorsementRequest(
    StatusLevel Status,
    OrganisationKind EndorserKind,
    // The person's current engagement at the endorsing organisation, if any.
    EngagementPeriod? CurrentEngagementHere,
    EligibilityDecision Eligibility,
    string? Judgement,
    string? Evidence,
    string? ExceptionReason,
    bool AlreadyHoldsStatus,
    bool HasOpenEndorsementForStatus
);

/// <summary>A problem with an endorsement, keyed by the form field it belongs to (empty for the whole form).</summary>
public sealed record EndorsementProblem(string Field, string Message);

/// <summary>Stage 1, practice endorsement (¶37, ¶72): whether this organisation may endorse this person for
/// this status now, and every reason it may not.</summary>
public static class EndorsementRule
{
    /// <summary>The one limit for the judgement and the evidence, whether typed into a page or sent to the
    /// API.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The one limit for a reason (an exception, a withdrawal).</summary>
    public const int MaxReasonLength = 2000;

    public static IReadOnlyList<EndorsementProblem> Check(EndorsementRequest r)
    {
        var problems = new List<EndorsementProblem>();
        if (r.EndorserKind == OrganisationKind.EmploymentAgency)
        {
            problems.Add(
                new(
                    "",
                    "Employment agencies cannot endorse social workers. The local authority or trust where they carry out statutory functions endorses them (¶72)."
                )
            );
            return problems;
        }
        if (r.CurrentEngagementHere is null)
        {
            problems.Add(
                new(
                    "",
                    "Only an organisation the social worker currently carries out statutory functions for can endorse them (¶72)."
                )
            );
            return problems;
        }
        if (r.Eligibility.Outcome == EligibilityOutcome.NotEligible)
        {
            // Not "not yet" but "not at all" (wrong role, not in post): no exception can make it right.
            problems.Add(new("Status", r.Eligibility.Reason));
            return problems;
        }
        if (r.AlreadyHoldsStatus)
            problems.Add(new("Status", $"They already hold {r.Status.Name()} status."));
        if (r.HasOpenEndorsementForStatus)
            problems.Add(
                new(
                    "Status",
                    $"They already have an endorsement for {r.Status.Name()} status that has not been withdrawn or declined."
                )
            );
        if (string.IsNullOrWhiteSpace(r.Judgement))
            problems.Add(new("Judgement", "Enter your judgement of how their practice meets the standard"));
        else if (r.Judgement.Length > MaxTextLength)
            problems.Add(new("Judgement", $"Your judgement must be {MaxTextLength:N0} characters or fewer"));
        if (string.IsNullOrWhiteSpace(r.Evidence))
            problems.Add(new("Evidence", "Enter the evidence you relied on, like supervision records or case audits"));
        else if (r.Evidence.Length > MaxTextLength)
            problems.Add(new("Evidence", $"The evidence must be {MaxTextLength:N0} characters or fewer"));
        if (!r.Eligibility.IsEligible && string.IsNullOrWhiteSpace(r.ExceptionReason))
            problems.Add(
                new(
                    "ExceptionReason",
                    $"They are not eligible yet: {r.Eligibility.Reason} To endorse them now, enter the reason for an exception."
                )
            );
        else if (!r.Eligibility.IsEligible && r.ExceptionReason!.Length > MaxReasonLength)
            problems.Add(
                new("ExceptionReason", $"The reason for an exception must be {MaxReasonLength:N0} characters or fewer")
            );
        return problems;
    }
}
