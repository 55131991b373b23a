namespace Naas.Data.Entities;

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

    /// <summary>A transcript of audio or video, or the description of an image, for anyone who cannot see or hear
    /// it.</summary>
    public string? Transcript { get; set; }

    /// <summary>The file store's key for WebVTT captions of a video.</summary>
    public string? CaptionsKey { get; set; }

    /// <summary>A video's audio description as a WebVTT "descriptions" track (WCAG 1.2.5), unless the author has
    /// said the soundtrack already tells everything that is shown.</summary>
    public string? DescriptionsKey { get; set; }
    public bool SoundtrackDescribesAll { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when a question on this case is first used in a test: from then on the case never
    /// changes.</summary>
    public DateTimeOffset? FirstUsedAt { get; set; }
}
