using System.ComponentModel;

namespace Naas.Web.Features.Api;

public sealed record EngagementDto(
    DateOnly Start,
    DateOnly? End,
    string EmploymentType,
    string? AgencyName,
    decimal FullTimeEquivalent,
    string RoleLevel,
    string EntryRoute,
    IReadOnlyList<string> StatutoryFunctions
);

public sealed record EligibilityDto(
    string Outcome,
    DateOnly? EligibleFrom,
    DateOnly? PutForwardBy,
    bool PastPutForwardDeadline,
    string Reason
);

public sealed record SocialWorkerDto(
    Guid Id,
    string GivenName,
    string FamilyName,
    string RegistrationNumber,
    [property: Description(
        "Only for the employer that first recorded them (ADR 0014); null for an employer that linked its own engagement"
    )]
        string? Email,
    DateOnly? QualifiedOn,
    DateOnly? AsyeStartedOn,
    DateOnly? AsyeCompletedOn,
    IReadOnlyList<EngagementDto> Engagements,
    string? StatusRequired,
    string RequirementState,
    EligibilityDto? Eligibility,
    [property: Description("What was sent but deliberately not changed, in words: details another holder keeps")]
        IReadOnlyList<string>? Notices = null
);

public sealed record EndorsementDto(
    Guid Id,
    Guid SocialWorkerId,
    string Status,
    string State,
    string Judgement,
    string Evidence,
    string? ExceptionReason,
    DateTimeOffset EndorsedAt,
    string EndorsedBy,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason
);

public sealed record SocialWorkerRequest(
    [property: Description("First name")] string? GivenName,
    string? FamilyName,
    [property: Description("Social Work England registration number, like SW123456")] string? RegistrationNumber,
    string? Email,
    DateOnly? QualifiedOn,
    DateOnly? AsyeStartedOn,
    DateOnly? AsyeCompletedOn,
    [property: Description(
        "The engagement at the caller's organisation; matched by start date, so sending it again changes nothing"
    )]
        EngagementRequest? Engagement
);

public sealed record EngagementRequest(
    DateOnly? Start,
    DateOnly? End,
    [property: Description("permanent, agency or self-employed")] string? EmploymentType,
    string? AgencyName,
    decimal? FullTimeEquivalent,
    [property: Description("practitioner, supervisor or leader")] string? RoleLevel,
    [property: Description(
        "asye, new-to-role, moved-from-other-social-work, moved-from-outside-england or already-in-post"
    )]
        string? EntryRoute,
    IReadOnlyList<string>? StatutoryFunctions
);

public sealed record EndorseRequest(
    Guid SocialWorkerId,
    [property: Description("practitioner, supervisor or leader")] string? Status,
    string? Judgement,
    string? Evidence,
    [property: Description("Required when the person is not yet eligible")] string? ExceptionReason
);

public sealed record WithdrawRequest(string? Reason);
