using Naas.Domain.Results;

namespace Naas.Data.Entities;

/// <summary>Results released together, candidate first (¶74): the outcome and what may happen next.</summary>
public class ResultRelease : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }

    /// <summary>Accredited, RetakeElement or RetakeWhole, stored by name.</summary>
    public required OutcomeKind Outcome { get; set; }
    public string? RetakeElement { get; set; }
    public DateOnly? RetakeBy { get; set; }
    public DateOnly? RetakeNotBefore { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ReleasedAt { get; set; }
    public required string ReleasedBy { get; set; }

    /// <summary>Set when an independent review re-marked the assessment (a new release replaces this one) or granted
    /// a fresh attempt. Never deleted: what the candidate was told stays on the record.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
    public string? SupersededReason { get; set; }
}
