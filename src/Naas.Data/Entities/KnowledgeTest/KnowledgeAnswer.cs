namespace Naas.Data.Entities;

/// <summary>An answer as last saved: options chosen (or statement=true/false pairs), one per line.</summary>
public class KnowledgeAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AttemptId { get; set; }
    public int Position { get; set; }
    public required string Response { get; set; }
    public bool Flagged { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
