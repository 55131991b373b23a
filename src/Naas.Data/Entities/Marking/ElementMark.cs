using Naas.Domain.Results;

namespace Naas.Data.Entities;

/// <summary>One element's mark for one assessment (an endorsement): from the knowledge test, recorded by an
/// authorised marker, or imported from a delivery partner. Never edited: a re-mark supersedes it, audited.</summary>
public class ElementMark : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }

    /// <summary>The assessment model element's kind, like Knowledge or SimulatedObservation.</summary>
    public required string Element { get; set; }
    public decimal Score { get; set; }
    public decimal Max { get; set; }
    public decimal PassMark { get; set; }
    public ElementResult Result { get; set; }
    public required string Source { get; set; }
    public Guid? KnowledgeAttemptId { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The marker's narrative for the candidate (for observation, the lead observer's): strengths and areas
    /// for development (¶34, ¶41).</summary>
    public string? Feedback { get; set; }
}
