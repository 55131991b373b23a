using Microsoft.AspNetCore.Identity;

namespace Naas.Data.Entities;

/// <summary>Marks an entity whose every change must be written with an AuditEvent in the same transaction.</summary>
public interface IAudited;

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

public class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser() { Id = Guid.CreateVersion7(); SecurityStamp = Guid.NewGuid().ToString(); }
    public required string DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? SocialWorkerId { get; set; }
}

/// <summary>An invitation to create an account, sent by email; only a hash of the token is stored.</summary>
public class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? SocialWorkerId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}

/// <summary>A per-organisation credential for the API. The secret is shown once; only its hash is kept.</summary>
public class ApiCredential
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>Background work (emails) written in the same transaction as the change that caused it.</summary>
public class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Kind { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The state of a multi-page journey (an import preview), kept server-side so nothing is lost.</summary>
public class JourneyState
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Kind { get; set; }
    public Guid UserId { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
