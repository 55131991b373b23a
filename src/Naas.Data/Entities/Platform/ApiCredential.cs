namespace Naas.Data.Entities;

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
