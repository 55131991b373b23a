namespace Naas.Data.Entities;

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
    public Naas.Domain.Reviews.ReviewGround Ground { get; set; }
    public required string Statement { get; set; }
    public Naas.Domain.Reviews.ReviewState State { get; set; } = Naas.Domain.Reviews.ReviewState.AwaitingEmployer;
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
    public Naas.Domain.Reviews.ReviewDecision? Decision { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
