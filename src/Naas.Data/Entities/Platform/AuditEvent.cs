namespace Naas.Data.Entities;

/// <summary>Who, when, what and why, for every change to people, endorsements, accreditations and settings.
/// <see cref="EventType"/> names the <see cref="AuditedChange"/> record and <see cref="Payload"/> holds it;
/// the other columns are worked out from it when it is written, so the audit view can filter and search them.</summary>
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

    /// <summary>The name of the change's record type (<c>ElementMarked</c>), or <c>EarlierRecord</c> for a row
    /// written before changes were typed.</summary>
    public string EventType { get; set; } = nameof(EarlierRecord);

    /// <summary>The change's record as JSON; for an earlier record, <c>{}</c>.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>The social worker the change concerns, for their timeline.</summary>
    public Guid? SocialWorkerId { get; set; }
}
