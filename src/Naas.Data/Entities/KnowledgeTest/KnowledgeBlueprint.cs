using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>What a status's knowledge test draws: how many items from each section and area, time allowed,
/// scoring.</summary>
public class KnowledgeBlueprint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public StatusLevel Status { get; set; }
    public bool IsPractice { get; set; }

    /// <summary>The one pool of items this blueprint's forms are drawn from.</summary>
    public ItemPool Pool => IsPractice ? ItemPool.Practice : ItemPool.Assessment;
    public int Minutes { get; set; }

    /// <summary>How many items each section and area contributes, in order (JSON).</summary>
    public required List<CellCount> Cells { get; set; }
    public int MaxTimesShown { get; set; } = 500;
    public decimal PassMarkTolerance { get; set; } = 0.5m;

    /// <summary>Retired blueprints stay for the sittings that used them but take no new bookings.</summary>
    public bool Retired { get; set; }
}

/// <summary>One cell of a blueprint: this many items from this section ("General" or "Applied") and area.</summary>
public sealed record CellCount(string Section, Guid AreaId, int Count);
