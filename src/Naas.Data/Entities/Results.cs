using Naas.Domain.Results;

namespace Naas.Data.Entities;

/// <summary>One element's mark for one assessment (an endorsement): from the knowledge test, recorded by an
/// authorised marker, or imported from a delivery partner. Never edited: a re-mark supersedes it, audited.</summary>
public class ElementMark : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>The assessment model element's kind, like Knowledge or SimulatedObservation.</summary>
    public required string Element { get; set; }
    public decimal Score { get; set; }
    public decimal Max { get; set; }
    public decimal PassMark { get; set; }
    public ElementResult Result { get; set; }
    public required string Source { get; set; }
    public Guid? KnowledgeAttemptId { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? SupersededAt { get; set; }
    /// <summary>The marker's narrative for the candidate (for observation, the lead observer's): strengths and areas
    /// for development (¶34, ¶41).</summary>
    public string? Feedback { get; set; }
}

/// <summary>Results released together, candidate first (¶74): the outcome and what may happen next.</summary>
public class ResultRelease : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>Accredited, RetakeElement or RetakeWhole.</summary>
    public required string Outcome { get; set; }
    public string? RetakeElement { get; set; }
    public DateOnly? RetakeBy { get; set; }
    public DateOnly? RetakeNotBefore { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ReleasedAt { get; set; }
    public required string ReleasedBy { get; set; }
    /// <summary>Set when an independent review re-marked the assessment (a new release replaces this one) or granted
    /// a fresh attempt. Never deleted: what the candidate was told stays on the record.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
    public string? SupersededReason { get; set; }
}

/// <summary>A key the service signs verifiable credentials with. Every key ever used stays published, so a credential
/// issued under an older key can still be checked; only the newest unretired key signs. The private half is kept
/// encrypted with the service's data-protection keys.</summary>
public class SigningKey
{
    /// <summary>The key id ("kid") verifiers look the key up by.</summary>
    public required string Id { get; set; }
    public required string Algorithm { get; set; }
    /// <summary>The public key as a JSON Web Key.</summary>
    public required string PublicJwk { get; set; }
    public required string ProtectedPrivateKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}

/// <summary>A social worker's consent for one employer to see their individual assessment report. Without it the
/// employer sees only aggregate knowledge results; the social worker can withdraw it at any time.</summary>
public class ReportConsent : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>An independent review of released results (¶42): asked for by the social worker, with their
/// employer's view, re-examined by a reviewer not involved before. Each step has a deadline and is audited.</summary>
public class ReviewRequest : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid ReleaseId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>The endorsing employer, who is asked for its view.</summary>
    public Guid OrganisationId { get; set; }
    public Naas.Domain.Results.ReviewGround Ground { get; set; }
    public required string Statement { get; set; }
    public Naas.Domain.Results.ReviewState State { get; set; } = Naas.Domain.Results.ReviewState.AwaitingEmployer;
    public DateTimeOffset RequestedAt { get; set; }
    public DateOnly EmployerDue { get; set; }
    public string? EmployerStatement { get; set; }
    public DateTimeOffset? EmployerRespondedAt { get; set; }
    public string? EmployerRespondedBy { get; set; }
    public DateOnly? AssignDue { get; set; }
    public DateOnly? DecisionDue { get; set; }
    public Guid? ReviewerUserId { get; set; }
    public string? ReviewerName { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public Naas.Domain.Results.ReviewDecision? Decision { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>Continuing professional development a social worker logs against one area of their status's standards,
/// towards light-touch re-accreditation (¶77–78).</summary>
public class CpdEntry : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public Guid KnowledgeAreaId { get; set; }
    public KnowledgeArea? KnowledgeArea { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A light-touch re-accreditation (¶77–78): the CPD hours counted, the employer's endorsement where the
/// settings need one, and the new due date once complete.</summary>
public class Reaccreditation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AccreditationId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>The employer asked to endorse, when the settings need it.</summary>
    public Guid? OrganisationId { get; set; }
    public decimal CpdHours { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? EmployerEndorsedAt { get; set; }
    public string? EmployerEndorsedBy { get; set; }
    public string? EmployerStatement { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateOnly? NewDue { get; set; }
    /// <summary>Whether the settings needed a short assessment when this was asked for. The assessment is delivered
    /// outside the service, like observation, and its mark recorded by the programme.</summary>
    public bool ShortAssessmentRequired { get; set; }
    public decimal? ShortAssessmentScore { get; set; }
    public decimal? ShortAssessmentMax { get; set; }
    public decimal? ShortAssessmentPassMark { get; set; }
    public DateTimeOffset? ShortAssessmentRecordedAt { get; set; }
    public string? ShortAssessmentRecordedBy { get; set; }
    public bool? ShortAssessmentPassed => ShortAssessmentScore is { } s ? s >= ShortAssessmentPassMark : null;
    /// <summary>Set when this request ended without renewal (the short assessment not passed); the social worker may ask again.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedReason { get; set; }
}

/// <summary>An authorised marker for one element of one assessment: the programme assigns a trained observer or
/// marker (the Assessor role) from outside the candidate's employer. The marker sees and marks that element only.</summary>
public class MarkingAssignment : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>The assessment model element's kind, like SimulatedObservation.</summary>
    public required string Element { get; set; }
    public Guid AssessorUserId { get; set; }
    public required string AssessorName { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public required string AssignedBy { get; set; }
}

/// <summary>Evidence behind an element's mark, for an independent reviewer to re-examine (¶42): the recording of a
/// simulated observation, or the written or reflective work. The bytes are in the file store under StorageKey.</summary>
public class MarkEvidence : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    public required string Element { get; set; }
    /// <summary>Recording or WrittenWork.</summary>
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }
    /// <summary>SHA-256 of the file as received, so a reviewer can tell it is the file the marker saw.</summary>
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A development plan after an assessment (¶34, ¶41): goals drawn from the report's areas for development,
/// which the social worker and the endorsing employer agree and then track. The employer sees it only once the social
/// worker sends it to them; a change to the goals after agreement needs both to agree again.</summary>
public class DevelopmentPlan : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    /// <summary>The endorsing employer the plan is agreed with.</summary>
    public Guid OrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SharedAt { get; set; }
    public DateTimeOffset? CandidateAgreedAt { get; set; }
    public DateTimeOffset? EmployerAgreedAt { get; set; }
    public string? EmployerAgreedBy { get; set; }
    /// <summary>What the employer asked to change, when it did not agree.</summary>
    public string? EmployerComment { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public List<DevelopmentGoal> Goals { get; set; } = [];
}

public class DevelopmentGoal : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public DevelopmentPlan? Plan { get; set; }
    /// <summary>The area of the standards or the element the goal is about, as the report names it.</summary>
    public required string Area { get; set; }
    public required string Action { get; set; }
    public string? Support { get; set; }
    public DateOnly TargetDate { get; set; }
    /// <summary>NotStarted, InProgress or Achieved.</summary>
    public required string Progress { get; set; }
    public string? ProgressNote { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
