namespace Naas.Data.Entities;

/// <summary>Two items that must not appear together, because one gives away the other or they test the same
/// point.</summary>
public class KnowledgeItemEnemy
{
    public Guid ItemId { get; set; }
    public Guid EnemyItemId { get; set; }
}
