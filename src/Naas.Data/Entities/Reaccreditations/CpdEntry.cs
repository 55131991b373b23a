namespace Naas.Data.Entities;

/// <summary>Continuing professional development a social worker logs against one area of their status's standards,
/// towards light-touch re-accreditation (¶77–78).</summary>
public class CpdEntry : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public Guid KnowledgeAreaId { get; set; }
    public KnowledgeArea? KnowledgeArea { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
