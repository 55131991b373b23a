using Naas.Domain.KnowledgeTest;

namespace Naas.Data.Entities;

/// <summary>A question in the bank. What it says lives in its versions; enemies are between items.</summary>
public class KnowledgeItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>A short human reference, like K-00042.</summary>
    public required string Reference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<KnowledgeItemVersion> Versions { get; set; } = [];

    /// <summary>How many forms have shown this item, whatever its version: assembly caps it (¶36).</summary>
    public int TimesShown { get; set; }

    /// <summary>Real tests or the practice test, never both (see <see cref="ItemPool"/>): fixed once any version has
    /// been shown.</summary>
    public ItemPool Pool { get; set; } = ItemPool.Assessment;

    /// <summary>Items that must never appear on the same form as this one (one row per pair, either way
    /// round).</summary>
    public List<KnowledgeItemEnemy> Enemies { get; set; } = [];
}
