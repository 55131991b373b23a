using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>An employer or an employment agency (¶16, ¶24, ¶70–73).</summary>
public class Organisation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public required string Region { get; set; }
    /// <summary>Rollout phase (¶13–17): 1 or 2. Phases and cohorts are data.</summary>
    public int RolloutPhase { get; set; } = 2;
    public string? Cohort { get; set; }
    /// <summary>For a participant made of several councils (Tri-borough), the councils it is made of.</summary>
    public string? Members { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>A regulator-registered social worker: one national record, whichever employers they work for.</summary>
public class SocialWorker : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string RegistrationNumber { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? QualifiedOn { get; set; }
    public DateOnly? AsyeStartedOn { get; set; }
    public DateOnly? AsyeCompletedOn { get; set; }
    /// <summary>The employer that first recorded this person, and the only one that may correct their identity and
    /// (until the person has an account of their own) their contact details, or see those contact details (ADR 0014).
    /// Another employer that links its own engagement sees only its own part of the record.</summary>
    public Guid? DetailsOrganisationId { get; set; }
    public List<Engagement> Engagements { get; set; } = [];
    public List<Accreditation> Accreditations { get; set; } = [];
    public List<Endorsement> Endorsements { get; set; } = [];
    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>A period of work. OrganisationId is where the statutory functions are carried out; an agency
/// worker's agency is AgencyOrganisationId (¶70–73).</summary>
public class Engagement : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public SocialWorker? SocialWorker { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? AgencyOrganisationId { get; set; }
    public Organisation? AgencyOrganisation { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public decimal FullTimeEquivalent { get; set; } = 1m;
    public StatusLevel RoleLevel { get; set; }
    public EntryRoute EntryRoute { get; set; }
    public List<EngagementFunction> Functions { get; set; } = [];

    public bool IsCurrent(DateOnly today) => Start <= today && (End is null || End >= today);
}

public class EngagementFunction
{
    public Guid EngagementId { get; set; }
    public Guid StatutoryFunctionId { get; set; }
    public StatutoryFunction? StatutoryFunction { get; set; }
}

/// <summary>A status held. Later issues award it; this one records and shows it.</summary>
public class Accreditation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public SocialWorker? SocialWorker { get; set; }
    public StatusLevel Level { get; set; }
    public DateOnly AwardedOn { get; set; }
    public bool IsCurrent { get; set; } = true;
    /// <summary>The certificate's unique number, printed on it and checkable by anyone; null for statuses recorded
    /// before the service awarded them.</summary>
    public string? CertificateNumber { get; set; }
    /// <summary>The endorsement whose assessment awarded it.</summary>
    public Guid? EndorsementId { get; set; }
    /// <summary>Suspended (may be lifted) or revoked (final), with the reason the public check does not show.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? StatusReason { get; set; }
    /// <summary>When re-accreditation is due (awarded date plus the re-accreditation period in force then).</summary>
    public DateOnly? ReaccreditationDue { get; set; }
    /// <summary>When the social worker and employer were reminded that re-accreditation is due (once per due date).</summary>
    public DateOnly? ReminderSentFor { get; set; }
    /// <summary>This accreditation's place in the published status lists (revocation and suspension), so a verifier
    /// holding the credential can check it is still in force (W3C Bitstring Status List).</summary>
    public int? StatusListIndex { get; set; }
}
