using System.Globalization;
using Naas.Domain.Marking;

namespace Naas.Domain.Recordings;

/// <summary>The rules for a simulation's recording (issue 15, item 7; ¶36: simulations are recorded): what may be
/// uploaded, how a resumable upload moves on, and when a recording is due for deletion.</summary>
public static class RecordingRules
{
    /// <summary>A day's simulation filmed in high definition runs to a few gigabytes; 8 GB leaves room.</summary>
    public const long MaxBytes = 8L * 1024 * 1024 * 1024;

    /// <summary>The most one request of a resumable upload may carry, so no request is held long or large.</summary>
    public const int MaxChunkBytes = 64 * 1024 * 1024;

    /// <summary>Video and audio only: the formats browsers play.</summary>
    public static IReadOnlyList<EvidenceFormats.Format> Formats { get; } =
        EvidenceFormats.All.Where(f => f.Kind == "Recording").ToList();

    public static string Allowed => string.Join(", ", Formats.Select(f => f.Extension));

    /// <summary>Checks what the centre says it is about to send: the file's name and its size. The contents are
    /// checked against the name when the first bytes arrive (<see cref="FirstBytes"/>).</summary>
    public static (EvidenceFormats.Format? Format, string? Problem) Start(string? fileName, long? length)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            return (null, "Select the recording to upload");
        var format = Formats.FirstOrDefault(f => f.Extension == Path.GetExtension(fileName.Trim()).ToLowerInvariant());
        if (format is null)
            return (null, $"The recording must be one of: {Allowed}");
        if (length is not > 0)
            return (null, "The recording is empty");
        if (length > MaxBytes)
            return (null, "The recording must be smaller than 8GB");
        return (format, null);
    }

    /// <summary>Null when the first bytes are the format's, or why the upload is refused.</summary>
    public static string? FirstBytes(EvidenceFormats.Format format, ReadOnlySpan<byte> header) =>
        EvidenceFormats.HeaderMatches(format, header)
            ? null
            : $"The recording is not a real {format.Name}: its contents do not match its name";

    /// <summary>What to do with one request of a resumable upload: append it, or refuse it with the reason. An offset
    /// other than what has been received means the sender has lost track (a retry of a request that did arrive, or a
    /// gap): it is told where the upload stands and sends from there, so nothing is written twice or skipped.</summary>
    public static string? Append(long received, long length, long offset, long chunk)
    {
        if (received >= length)
            return "The recording has been received in full";
        if (offset != received)
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The upload stands at byte {received:N0}, not {offset:N0}: send from there"
            );
        if (chunk <= 0)
            return "The request carried no part of the recording";
        if (chunk > MaxChunkBytes)
            return "Send the recording in parts of 64MB or less";
        if (received + chunk > length)
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The recording was said to be {length:N0} bytes; this part would take it past that"
            );
        return null;
    }

    /// <summary>When a recording kept for the retention period after its simulation is due for deletion.</summary>
    public static DateTimeOffset DeleteAfter(DateTimeOffset simulationEnds, int retentionMonths) =>
        simulationEnds.AddMonths(retentionMonths);
}
