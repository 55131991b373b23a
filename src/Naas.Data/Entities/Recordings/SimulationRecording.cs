namespace Naas.Data.Entities;

/// <summary>A simulation's video, uploaded from the centre in parts (resumable), never held whole in memory, checked
/// by SHA-256 when complete, played back only to those allowed (each viewing recorded) and deleted, with the deletion
/// recorded, once the retention period has passed. Not audited row by row (each part moves <see cref="Received"/> on);
/// the start, the whole file's arrival, each viewing and the deletion are recorded.</summary>
public class SimulationRecording
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public SimulationSession? Session { get; set; }

    /// <summary>The candidate filmed, for scoping and their timeline.</summary>
    public Guid SocialWorkerId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }

    /// <summary>The size the centre said it would send.</summary>
    public long Bytes { get; set; }

    /// <summary>How much has arrived and been written: where the next part starts.</summary>
    public long Received { get; set; }

    /// <summary>The whole file's SHA-256, worked out by the service when the last part arrived.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The SHA-256 the centre's own tool gave, if they entered it; a mismatch refuses the upload.</summary>
    public string? ExpectedSha256 { get; set; }
    public required string StorageKey { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public required string StartedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Concurrency token: two parts racing for the same offset cannot both be written.</summary>
    public int Version { get; set; }
}
