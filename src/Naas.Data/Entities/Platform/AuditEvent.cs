namespace Naas.Data.Entities;

/// <summary>Who, when, what and why, for every change to people, endorsements, accreditations and settings.</summary>
public class AuditEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string SubjectType { get; set; }
    public Guid? SubjectId { get; set; }
    public required string Action { get; set; }
    public required string Summary { get; set; }
    public string? Reason { get; set; }
}
