using Naas.Domain.Workforce;

namespace Naas.Domain.Eligibility;

/// <summary>One period of work with one employer. For agency and self-employed workers the organisation is the
/// one where they carry out statutory functions (the local authority or trust), not the agency (¶72).</summary>
public sealed record EngagementPeriod(
    Guid OrganisationId,
    DateOnly Start,
    DateOnly? End,
    decimal FullTimeEquivalent,
    StatusLevel RoleLevel,
    EntryRoute EntryRoute,
    EmploymentType EmploymentType
);

public sealed record EligibilityQuestion(
    string PersonName,
    StatusLevel Status,
    Guid OrganisationId,
    IReadOnlyList<EngagementPeriod> Engagements,
    DateOnly? AsyeCompleted,
    DateOnly Today
);

public enum EligibilityOutcome
{
    Eligible = 1,
    NotYetEligible = 2,

    /// <summary>Cannot be put forward for this status by this organisation at all (no current post, wrong
    /// role).</summary>
    NotEligible = 3,
}

public sealed record EligibilityDecision(
    EligibilityOutcome Outcome,
    DateOnly? EligibleFrom,
    DateOnly? PutForwardBy,
    string Reason
)
{
    public bool IsEligible => Outcome == EligibilityOutcome.Eligible;

    /// <summary>Past the date by which they should have been put forward (¶61, ¶66, ¶69).</summary>
    public bool IsPastPutForwardDeadline(DateOnly today) => PutForwardBy is { } by && today > by;
}
