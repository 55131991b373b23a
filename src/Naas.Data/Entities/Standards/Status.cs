using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>One of the three statuses of Annex A with its knowledge and skills statement. Data, not code.</summary>
public class Status : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public StatusLevel Level { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public List<KnowledgeArea> Areas { get; set; } = [];
}
