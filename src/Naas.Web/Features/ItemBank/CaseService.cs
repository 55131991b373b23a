using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.ItemBank;

public sealed class CaseDraft
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Transcript { get; set; }

    /// <summary>The author says the video shows nothing the soundtrack does not say, so it needs no audio
    /// description.</summary>
    public bool SoundtrackDescribesAll { get; set; }

    /// <summary>Files from a save that failed on something else, kept in the file store so the author need not
    /// choose them again: each is a key under the author's own pending folder, and the file's name.</summary>
    public string? PendingMedia { get; set; }
    public string? PendingMediaName { get; set; }
    public string? PendingCaptions { get; set; }
    public string? PendingCaptionsName { get; set; }
    public string? PendingDescriptions { get; set; }
    public string? PendingDescriptionsName { get; set; }
}

/// <summary>Cases for case-based and scenario questions, with their media in the file store. A case a candidate
/// has seen never changes again, like the question versions on it.</summary>
public sealed class CaseService(NaasDbContext db, IFileStore files, TimeProvider clock)
{
    public const long MaxMediaBytes = 50 * 1024 * 1024;
    public const long MaxCaptionBytes = 512 * 1024;

    /// <summary>The media we accept, known by their first bytes as well as their declared type, so a renamed file is
    /// refused.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head switch
        {
            [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [(byte)'I', (byte)'D', (byte)'3', ..] => "audio/mpeg",
            [0xFF, var b, ..] when (b & 0xE0) == 0xE0 => "audio/mpeg",
            [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "video/mp4",
            [0x1A, 0x45, 0xDF, 0xA3, ..] => "video/webm",
            _ => null,
        };

    public async Task<(KnowledgeCase? Case, List<(string Field, string Message)> Problems)> SaveAsync(
        Guid? id,
        CaseDraft d,
        IFormFile? media,
        IFormFile? captions,
        CancellationToken ct,
        IFormFile? descriptions = null,
        Guid? authorId = null
    )
    {
        var problems = new List<(string Field, string Message)>();
        KnowledgeCase? c = null;
        if (id is { } existing)
        {
            c = await db.KnowledgeCases.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (c is null)
                return (null, [("", "There is no such case")]);
            if (c.FirstUsedAt is not null)
                return (
                    null,
                    [
                        (
                            "",
                            "This case has been used in a test, so it cannot change. Make a new case and point new question versions at it"
                        ),
                    ]
                );
        }
        if (string.IsNullOrWhiteSpace(d.Title))
            problems.Add((nameof(d.Title), "Enter a title for the case"));
        else if (d.Title.Length > 200)
            problems.Add((nameof(d.Title), "Title must be 200 characters or fewer"));
        if (string.IsNullOrWhiteSpace(d.Text))
            problems.Add((nameof(d.Text), "Enter the case the candidate reads"));
        else if (d.Text.Length > 8000)
            problems.Add((nameof(d.Text), "Case must be 8,000 characters or fewer"));
        if (d.Transcript?.Length > 20000)
            problems.Add((nameof(d.Transcript), "Transcript must be 20,000 characters or fewer"));

        var pending = authorId is { } who ? $"pending/{who:N}/" : null;
        // A file chosen now, or one kept from the author's last try (only from their own pending folder).
        async Task<(byte[]? Bytes, string? Name)> FileAsync(IFormFile? upload, string? keptKey, string? keptName)
        {
            if (upload is { Length: > 0 })
                return (await ReadAsync(upload, ct), upload.FileName);
            if (
                pending is null
                || keptKey is null
                || !keptKey.StartsWith(pending, StringComparison.Ordinal)
                || keptKey.Contains("..")
            )
                return (null, null);
            await using var stream = await files.OpenAsync(keptKey, ct);
            if (stream is null)
                return (null, null);
            using var ms = new MemoryStream();
            await stream.CopyToAsync(ms, ct);
            return (ms.ToArray(), keptName);
        }

        string? mediaType = null;
        byte[]? mediaBytes = null,
            captionBytes = null,
            descriptionBytes = null;
        string? mediaName = null,
            captionsName = null,
            descriptionsName = null;
        if (media is { Length: > MaxMediaBytes })
            problems.Add(("Media", "The media file must be 50 MB or smaller"));
        else
        {
            (mediaBytes, mediaName) = await FileAsync(media, d.PendingMedia, d.PendingMediaName);
            if (mediaBytes is not null && (mediaType = Sniff(mediaBytes)) is null)
            {
                problems.Add(
                    ("Media", "The media file must be a PNG or JPEG image, an MP3 audio file, or an MP4 or WebM video")
                );
                mediaBytes = null;
            }
        }
        var finalType = mediaType ?? c?.MediaContentType;
        var video = finalType?.StartsWith("video/") == true;
        if (finalType is not null && string.IsNullOrWhiteSpace(d.Transcript))
            problems.Add(
                (
                    nameof(d.Transcript),
                    finalType.StartsWith("image/")
                        ? "Enter a description of the image for candidates who cannot see it"
                        : "Enter a transcript of the recording for candidates who cannot hear it"
                )
            );

        async Task<byte[]?> TrackAsync(
            string field,
            string what,
            IFormFile? upload,
            string? keptKey,
            string? keptName,
            Action<string?> named
        )
        {
            if (upload is { Length: > MaxCaptionBytes })
            {
                problems.Add((field, $"The {what} file must be 512 KB or smaller"));
                return null;
            }
            var (bytes, name) = await FileAsync(upload, keptKey, keptName);
            if (bytes is null)
                return null;
            if (!System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').StartsWith("WEBVTT"))
            {
                problems.Add((field, $"The {what} file must be WebVTT (it starts with WEBVTT)"));
                return null;
            }
            if (!video)
            {
                problems.Add((field, $"{Tags.Cap(what)} are for a video: upload the video too"));
                return null;
            }
            named(name);
            return bytes;
        }
        captionBytes = await TrackAsync(
            "Captions",
            "captions",
            captions,
            d.PendingCaptions,
            d.PendingCaptionsName,
            n => captionsName = n
        );
        descriptionBytes = await TrackAsync(
            "Descriptions",
            "audio description",
            descriptions,
            d.PendingDescriptions,
            d.PendingDescriptionsName,
            n => descriptionsName = n
        );
        // A video is captioned (WCAG 1.2.2) and described (1.2.5), unless its soundtrack already says all it shows.
        if (video && captionBytes is null && c?.CaptionsKey is null && !problems.Any(p => p.Field == "Captions"))
            problems.Add(
                ("Captions", "Upload captions for the video (a WebVTT file): candidates who cannot hear it need them")
            );
        if (
            video
            && descriptionBytes is null
            && c?.DescriptionsKey is null
            && !d.SoundtrackDescribesAll
            && !problems.Any(p => p.Field == "Descriptions")
        )
            problems.Add(
                (
                    "Descriptions",
                    "Upload an audio description of the video (a WebVTT file), or say that its soundtrack describes everything it shows"
                )
            );

        if (problems.Count > 0)
        {
            // Keep every good file, so the author fixes what was wrong without choosing them again.
            async Task<(string?, string?)> KeepAsync(byte[]? bytes, string? name, string ext)
            {
                if (bytes is null || pending is null)
                    return (null, null);
                var key = $"{pending}{Guid.NewGuid():N}.{ext}";
                await files.SaveAsync(key, new MemoryStream(bytes), ct);
                return (key, Path.GetFileName(name ?? "file"));
            }
            (d.PendingMedia, d.PendingMediaName) = await KeepAsync(mediaBytes, mediaName, "media");
            (d.PendingCaptions, d.PendingCaptionsName) = await KeepAsync(captionBytes, captionsName, "vtt");
            (d.PendingDescriptions, d.PendingDescriptionsName) = await KeepAsync(
                descriptionBytes,
                descriptionsName,
                "vtt"
            );
            return (null, problems);
        }

        if (c is null)
        {
            c = new KnowledgeCase
            {
                Reference = await BankReferences.NextAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct),
                Title = "",
                Text = "",
                CreatedAt = clock.GetUtcNow(),
            };
            db.KnowledgeCases.Add(c);
        }
        (c.Title, c.Text, c.Transcript) = (
            d.Title!.Trim(),
            d.Text!.Trim(),
            string.IsNullOrWhiteSpace(d.Transcript) ? null : d.Transcript.Trim()
        );
        c.SoundtrackDescribesAll = video && d.SoundtrackDescribesAll;
        if (mediaBytes is not null)
        {
            // A new key for every upload, so a cached or in-flight copy of the old file is never confused with the new.
            c.MediaKey = $"cases/{c.Id:N}/{Guid.NewGuid():N}.media";
            c.MediaContentType = mediaType;
            await files.SaveAsync(c.MediaKey, new MemoryStream(mediaBytes), ct);
            // A new picture or recording takes no tracks made for the old video.
            if (!video)
                (c.CaptionsKey, c.DescriptionsKey) = (null, null);
        }
        if (captionBytes is not null)
        {
            c.CaptionsKey = $"cases/{c.Id:N}/{Guid.NewGuid():N}.vtt";
            await files.SaveAsync(c.CaptionsKey, new MemoryStream(captionBytes), ct);
        }
        if (descriptionBytes is not null)
        {
            c.DescriptionsKey = $"cases/{c.Id:N}/{Guid.NewGuid():N}.descriptions.vtt";
            await files.SaveAsync(c.DescriptionsKey, new MemoryStream(descriptionBytes), ct);
        }
        var change = new CaseSaved(c.Id, c.Reference, Created: id is null, mediaBytes is null ? null : mediaType);
        db.Record(change);
        // Two authors creating cases at once can both pick the next reference: the loser takes the one after.
        var saved = await db.SaveOrSettleAsync(
            async () =>
            {
                if (id is not null)
                    return false;
                c.Reference = await BankReferences.NextAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct);
                db.KnowledgeCases.Add(c);
                db.Record(change with { Reference = c.Reference });
                return true;
            },
            ct,
            attempts: 10
        );
        if (!saved)
            throw new InvalidOperationException("Could not give the case a reference");
        return (c, []);
    }

    private static async Task<byte[]> ReadAsync(IFormFile f, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await f.CopyToAsync(ms, ct);
        return ms.ToArray();
    }
}
