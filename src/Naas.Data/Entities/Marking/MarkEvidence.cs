namespace Naas.Data.Entities;

/// <summary>Evidence behind an element's mark, for an independent reviewer to re-examine (¶42): the recording of a
/// simulated observation, or the written or reflective work. The bytes are in the file store under
/// StorageKey.</summary>
public class MarkEvidence : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }
    public required string Element { get; set; }

    /// <summary>Recording or WrittenWork.</summary>
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }

    /// <summary>SHA-256 of the file as received, so a reviewer can tell it is the file the marker saw.</summary>
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
