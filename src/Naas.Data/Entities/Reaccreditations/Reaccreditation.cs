namespace Naas.Data.Entities;

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

    /// <summary>Set when this request ended without renewal (the short assessment not passed); the social worker may
    /// ask again.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedReason { get; set; }
}
