using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank;

public sealed class CaseDraft
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Transcript { get; set; }
}

/// <summary>Cases for case-based and scenario questions, with their media in the file store. A case a candidate
/// has seen never changes again, like the question versions on it.</summary>
public sealed class CaseService(NaasDbContext db, IFileStore files, TimeProvider clock)
{
    public const long MaxMediaBytes = 50 * 1024 * 1024;
    public const long MaxCaptionBytes = 512 * 1024;

    /// <summary>The media we accept, known by their first bytes as well as their declared type, so a renamed file is refused.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [(byte)'I', (byte)'D', (byte)'3', ..] => "audio/mpeg",
        [0xFF, var b, ..] when (b & 0xE0) == 0xE0 => "audio/mpeg",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "video/mp4",
        [0x1A, 0x45, 0xDF, 0xA3, ..] => "video/webm",
        _ => null,
    };

    public async Task<(KnowledgeCase? Case, List<(string Field, string Message)> Problems)> SaveAsync(Guid? id, CaseDraft d, IFormFile? media, IFormFile? captions, CancellationToken ct)
    {
        var problems = new List<(string Field, string Message)>();
        KnowledgeCase? c = null;
        if (id is { } existing)
        {
            c = await db.KnowledgeCases.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (c is null) return (null, [("", "There is no such case")]);
            if (c.FirstUsedAt is not null) return (null, [("", "This case has been used in a test, so it cannot change. Make a new case and point new question versions at it")]);
        }
        if (string.IsNullOrWhiteSpace(d.Title)) problems.Add((nameof(d.Title), "Enter a title for the case"));
        else if (d.Title.Length > 200) problems.Add((nameof(d.Title), "Title must be 200 characters or fewer"));
        if (string.IsNullOrWhiteSpace(d.Text)) problems.Add((nameof(d.Text), "Enter the case the candidate reads"));
        else if (d.Text.Length > 8000) problems.Add((nameof(d.Text), "Case must be 8,000 characters or fewer"));
        if (d.Transcript?.Length > 20000) problems.Add((nameof(d.Transcript), "Transcript must be 20,000 characters or fewer"));

        string? mediaType = null;
        byte[]? mediaBytes = null, captionBytes = null;
        if (media is { Length: > 0 })
        {
            if (media.Length > MaxMediaBytes) problems.Add(("Media", "The media file must be 50 MB or smaller"));
            else
            {
                mediaBytes = await ReadAsync(media, ct);
                mediaType = Sniff(mediaBytes);
                if (mediaType is null) problems.Add(("Media", "The media file must be a PNG or JPEG image, an MP3 audio file, or an MP4 or WebM video"));
            }
        }
        var finalType = mediaType ?? c?.MediaContentType;
        if (finalType is not null && string.IsNullOrWhiteSpace(d.Transcript))
            problems.Add((nameof(d.Transcript), finalType.StartsWith("image/") ? "Enter a description of the image for candidates who cannot see it" : "Enter a transcript of the recording for candidates who cannot hear it"));
        if (captions is { Length: > 0 })
        {
            if (captions.Length > MaxCaptionBytes) problems.Add(("Captions", "The captions file must be 512 KB or smaller"));
            else
            {
                captionBytes = await ReadAsync(captions, ct);
                if (!System.Text.Encoding.UTF8.GetString(captionBytes).TrimStart('\uFEFF').StartsWith("WEBVTT"))
                    problems.Add(("Captions", "The captions file must be WebVTT (it starts with WEBVTT)"));
                else if (finalType is null || !finalType.StartsWith("video/"))
                    problems.Add(("Captions", "Captions are for a video: upload the video too"));
            }
        }
        if (problems.Count > 0) return (null, problems);

        if (c is null)
        {
            c = new KnowledgeCase { Reference = await ItemBankService.NextReferenceAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct), Title = "", Text = "", CreatedAt = clock.GetUtcNow() };
            db.KnowledgeCases.Add(c);
        }
        (c.Title, c.Text, c.Transcript) = (d.Title!.Trim(), d.Text!.Trim(), string.IsNullOrWhiteSpace(d.Transcript) ? null : d.Transcript.Trim());
        if (mediaBytes is not null)
        {
            // A new key for every upload, so a cached or in-flight copy of the old file is never confused with the new.
            c.MediaKey = $"cases/{c.Id:N}/{Guid.NewGuid():N}.media";
            c.MediaContentType = mediaType;
            await files.SaveAsync(c.MediaKey, new MemoryStream(mediaBytes), ct);
        }
        if (captionBytes is not null)
        {
            c.CaptionsKey = $"cases/{c.Id:N}/{Guid.NewGuid():N}.vtt";
            await files.SaveAsync(c.CaptionsKey, new MemoryStream(captionBytes), ct);
        }
        var audit = db.Audit("KnowledgeCase", c.Id, id is null ? "Created" : "Edited", $"{c.Reference} {(id is null ? "created" : "edited")}" + (mediaBytes is null ? "" : $" with {mediaType} media"));
        // Two authors creating cases at once can both pick the next reference: the loser takes the one after.
        var saved = await db.SaveOrSettleAsync(async () =>
        {
            if (id is not null) return false;
            c.Reference = await ItemBankService.NextReferenceAsync(db.KnowledgeCases.Select(x => x.Reference), "C", ct);
            audit.Summary = $"{c.Reference} created" + (mediaBytes is null ? "" : $" with {mediaType} media");
            db.KnowledgeCases.Add(c);
            db.AuditEvents.Add(audit);
            return true;
        }, ct, attempts: 10);
        if (!saved) throw new InvalidOperationException("Could not give the case a reference");
        return (c, []);
    }

    private static async Task<byte[]> ReadAsync(IFormFile f, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await f.CopyToAsync(ms, ct);
        return ms.ToArray();
    }
}
