namespace Naas.Data.Entities;

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
