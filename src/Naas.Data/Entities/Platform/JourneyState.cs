namespace Naas.Data.Entities;

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
