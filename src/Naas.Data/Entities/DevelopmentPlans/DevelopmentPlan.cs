namespace Naas.Data.Entities;

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
