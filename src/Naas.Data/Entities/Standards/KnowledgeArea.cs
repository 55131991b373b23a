namespace Naas.Data.Entities;

/// <summary>An area of a knowledge and skills statement. Editing it makes a new version; the old text stays in
/// the audit record, so results can be explained against what the standard said at the time.</summary>
public class KnowledgeArea : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public int Version { get; set; } = 1;
}
