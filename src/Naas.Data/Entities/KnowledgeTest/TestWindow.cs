namespace Naas.Data.Entities;

/// <summary>A period in which candidates may sit a blueprint's test, and where: remotely, at named centres, or
/// both.</summary>
public class TestWindow : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BlueprintId { get; set; }
    public KnowledgeBlueprint? Blueprint { get; set; }
    public DateTimeOffset Opens { get; set; }
    public DateTimeOffset Closes { get; set; }
    public bool RemoteAllowed { get; set; } = true;

    /// <summary>Assessment centres offered in this window (a text[] on PostgreSQL, JSON on SQLite).</summary>
    public List<string> Centres { get; set; } = [];

    public IReadOnlyList<string> Locations =>
        (RemoteAllowed ? new[] { KnowledgeAttempt.Remote } : []).Concat(Centres).ToList();
}
