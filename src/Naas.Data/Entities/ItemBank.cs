using Naas.Domain.Knowledge;
using Naas.Domain.Workforce;

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
    /// <summary>Real tests or the practice test, never both (see <see cref="ItemPool"/>): fixed once any version has been shown.</summary>
    public ItemPool Pool { get; set; } = ItemPool.Assessment;
    /// <summary>Items that must never appear on the same form as this one (one row per pair, either way round).</summary>
    public List<KnowledgeItemEnemy> Enemies { get; set; } = [];
}

/// <summary>Two items that must not appear together, because one gives away the other or they test the same point.</summary>
public class KnowledgeItemEnemy
{
    public Guid ItemId { get; set; }
    public Guid EnemyItemId { get; set; }
}

/// <summary>A case shared by several applied questions (case-based items), optionally with a scenario's media:
/// an image, audio or video kept through the file store, always with a transcript (and captions for video).</summary>
public class KnowledgeCase : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>A short human reference, like C-00003.</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>The file store's key for the media, if any.</summary>
    public string? MediaKey { get; set; }
    public string? MediaContentType { get; set; }
    /// <summary>A transcript of audio or video, or the description of an image, for anyone who cannot see or hear it.</summary>
    public string? Transcript { get; set; }
    /// <summary>The file store's key for WebVTT captions of a video.</summary>
    public string? CaptionsKey { get; set; }
    /// <summary>A video's audio description as a WebVTT "descriptions" track (WCAG 1.2.5), unless the author has
    /// said the soundtrack already tells everything that is shown.</summary>
    public string? DescriptionsKey { get; set; }
    public bool SoundtrackDescribesAll { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when a question on this case is first used in a test: from then on the case never changes.</summary>
    public DateTimeOffset? FirstUsedAt { get; set; }
}

/// <summary>One version of an item. Once used in a test (FirstUsedAt set) it never changes again.</summary>
public class KnowledgeItemVersion : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public KnowledgeItem? Item { get; set; }
    public int Version { get; set; } = 1;
    public ItemStatus Status { get; set; } = ItemStatus.Draft;
    public ItemType Type { get; set; }
    /// <summary>Null for general knowledge, shared by every status; otherwise the status whose applied knowledge it tests.</summary>
    public StatusLevel? AppliedFor { get; set; }
    public Guid AreaId { get; set; }
    public KnowledgeArea? Area { get; set; }
    public required string Setting { get; set; }
    public required string Stem { get; set; }
    /// <summary>Options (or, for multi-part items, statements), one per line.</summary>
    public required string Options { get; set; }
    /// <summary>The right options (or true statements), one per line. Server-side only.</summary>
    public required string Key { get; set; }
    public int OptionsToChoose { get; set; } = 1;
    public PartialCreditRule ScoringRule { get; set; } = PartialCreditRule.PerPart;
    public string? Rationale { get; set; }
    public string? References { get; set; }
    /// <summary>The chance a just-good-enough candidate answers it right; panels set it, 0.6 until then.</summary>
    public decimal Rating { get; set; } = 0.6m;
    public Guid AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public Guid? ReviewerUserId { get; set; }
    public string? ReviewerName { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset? FirstUsedAt { get; set; }
    /// <summary>The case this question is about, for case-based and scenario items; null for a stand-alone question.</summary>
    public Guid? CaseId { get; set; }
    public KnowledgeCase? Case { get; set; }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
