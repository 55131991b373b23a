using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>One version of an item. Once used in a test (FirstUsedAt set) it never changes again.</summary>
public class KnowledgeItemVersion : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public KnowledgeItem? Item { get; set; }
    public int Version { get; set; } = 1;
    public ItemStatus Status { get; set; } = ItemStatus.Draft;

    /// <summary>Why the fairness screen suspended this version (its DIF statistics), for the content reviewer.</summary>
    public string? SuspensionEvidence { get; set; }
    public ItemType Type { get; set; }

    /// <summary>Null for general knowledge, shared by every status; otherwise the status whose applied knowledge it
    /// tests.</summary>
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

    /// <summary>The case this question is about, for case-based and scenario items; null for a stand-alone
    /// question.</summary>
    public Guid? CaseId { get; set; }
    public KnowledgeCase? Case { get; set; }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
