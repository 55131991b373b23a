namespace Naas.Domain.Marking;

/// <summary>Who may mark an assessment's element, and which evidence files a marker may attach for a
/// reviewer.</summary>
public static class MarkingRules
{
    /// <summary>A marker is independent of the candidate: not from the endorsing employer, nor from any employer the
    /// candidate works for now (observers must not mark colleagues). Null when the marker may be assigned.</summary>
    public static string? Independence(
        Guid? markerOrganisationId,
        Guid endorsingOrganisationId,
        IReadOnlyCollection<Guid> candidateEmployers
    )
    {
        if (markerOrganisationId is not { } org)
            return null;
        if (org == endorsingOrganisationId)
            return "This marker works for the endorsing employer. Choose a marker independent of it.";
        if (candidateEmployers.Contains(org))
            return "This marker works for an employer the social worker works for. Choose a marker who is not their colleague.";
        return null;
    }
}

/// <summary>The evidence files a reviewer can open (¶42): recordings of simulated observation and written or reflective
/// work. A file is accepted by its name's ending and only if its first bytes are that format's.</summary>
public static class EvidenceFormats
{
    public sealed record Format(string Extension, string ContentType, string Kind, string Name);

    public static readonly IReadOnlyList<Format> All =
    [
        new(".mp4", "video/mp4", "Recording", "MP4 video"),
        new(".webm", "video/webm", "Recording", "WebM video"),
        new(".mp3", "audio/mpeg", "Recording", "MP3 audio"),
        new(".m4a", "audio/mp4", "Recording", "M4A audio"),
        new(".pdf", "application/pdf", "WrittenWork", "PDF"),
        new(
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "WrittenWork",
            "Word document (.docx)"
        ),
        new(".txt", "text/plain; charset=utf-8", "WrittenWork", "plain text"),
    ];

    public const long MaxBytes = 250L * 1024 * 1024;

    public static string Allowed => string.Join(", ", All.Select(f => f.Extension));

    /// <summary>The file's format, or why it is refused. Header is the file's first bytes (at least 12 when it has
    /// them).</summary>
    public static (Format? Format, string? Problem) Check(string fileName, ReadOnlySpan<byte> header, long length)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var format = All.FirstOrDefault(f => f.Extension == ext);
        if (format is null)
            return (null, $"The selected file must be one of: {Allowed}");
        if (length == 0)
            return (null, "The selected file is empty");
        if (length > MaxBytes)
            return (null, "The selected file must be smaller than 250MB");
        return HeaderMatches(format, header)
            ? (format, null)
            : (null, $"The selected file is not a real {format.Name}: its contents do not match its name");
    }

    /// <summary>Whether a file's first bytes are its format's (at least 12 bytes when the file has them).</summary>
    public static bool HeaderMatches(Format format, ReadOnlySpan<byte> header) =>
        format.Extension switch
        {
            ".pdf" => header.StartsWith("%PDF-"u8),
            ".docx" => header.StartsWith("PK\x03\x04"u8),
            ".mp4" or ".m4a" => header.Length >= 8 && header[4..8].SequenceEqual("ftyp"u8),
            ".webm" => header.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }),
            ".mp3" => header.StartsWith("ID3"u8)
                || (header.Length >= 2 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0),
            _ => !header.Contains((byte)0), // text: no NUL bytes
        };
}
