using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Recordings;
using Naas.Web.Features.AssessmentDays;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Recordings;

/// <summary>A simulation's recording arriving from the centre (issue 15, item 7): in parts, each written where the
/// last one ended and on the disk before it is acknowledged, so a dropped connection resumes where it stopped; or,
/// without JavaScript, in one streamed post. Never held whole in memory; checked by SHA-256 when complete.</summary>
public sealed class RecordingUploads(NaasDbContext db, IFileStore files, TimeProvider clock)
{
    public enum Outcome
    {
        Appended,
        Completed,
        Conflict,
        Invalid,
        NotFound,
    }

    public sealed record PartResult(Outcome Outcome, long Received, long Bytes, string? Problem, string? Sha256);

    // Sessions and recordings are read across scope: a centre coordinator is in no candidate's scope. The endpoints
    // ask RunsAsync first: only the coordinators of the simulation's day may upload.
    private IQueryable<SimulationRecording> Recordings => db.SimulationRecordings.IgnoreQueryFilters();

    /// <summary>Begins an upload (or resumes one of the same file, or begins again after a different one that never
    /// finished). Problems are named by the upload form's fields.</summary>
    public async Task<(SimulationRecording? Recording, List<(string Field, string Message)> Problems)> StartAsync(
        Guid sessionId,
        string? fileName,
        long? bytes,
        string? expectedSha256,
        string actor,
        CancellationToken ct
    )
    {
        var session = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
            return (null, [("", "There is no such simulation")]);
        var problems = new List<(string, string)>();
        if (session.SocialWorkerId is null)
            problems.Add(("", "No candidate was placed in this simulation, so there is nothing to record"));
        else if (session.StartsAt > clock.GetUtcNow())
            problems.Add(("", "This simulation has not started yet: upload its recording after it has been played"));
        var (format, problem) = RecordingRules.Start(fileName, bytes);
        if (problem is not null)
            problems.Add(("File", problem));
        var sha = string.IsNullOrWhiteSpace(expectedSha256) ? null : expectedSha256.Trim().ToLowerInvariant();
        if (sha is not null && (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit)))
            problems.Add(
                ("Sha256", "The SHA-256 checksum must be 64 letters and digits (0 to 9, a to f), as sha256sum gives it")
            );
        var existing = await Recordings.Where(r => r.SessionId == sessionId && r.DeletedAt == null).ToListAsync(ct);
        if (existing.Any(r => r.CompletedAt is not null))
            problems.Add(("", "This simulation already has its recording"));
        if (problems.Count > 0)
            return (null, problems);
        var name = FileNames.Safe(fileName!, format!.Extension, "recording");
        var resumable = existing.FirstOrDefault(r => r.FileName == name && r.Bytes == bytes!.Value);
        if (resumable is not null)
            return (resumable, []);
        var recording =
            existing.FirstOrDefault()
            ?? db.SimulationRecordings.Add(
                new SimulationRecording
                {
                    SessionId = sessionId,
                    SocialWorkerId = session.SocialWorkerId!.Value,
                    FileName = name,
                    ContentType = format.ContentType,
                    StorageKey = "",
                    StartedBy = actor,
                }
            ).Entity;
        recording.StorageKey = $"recordings/{sessionId:N}/{recording.Id:N}{format.Extension}";
        (recording.FileName, recording.ContentType, recording.Bytes, recording.Received) = (
            name,
            format.ContentType,
            bytes!.Value,
            0
        );
        (recording.ExpectedSha256, recording.StartedAt, recording.StartedBy) = (sha, clock.GetUtcNow(), actor);
        recording.Version++;
        await files.DeleteAsync(recording.StorageKey, ct);
        db.Record(new RecordingUploadStarted(recording.Id, recording.SocialWorkerId, sessionId, name, recording.Bytes));
        await db.SaveChangesAsync(ct);
        return (recording, []);
    }

    /// <summary>Whether this coordinator runs the simulation's day (<see cref="AssessmentDays.CentreScope"/>): nobody
    /// else may upload its recording or learn where an upload stands.</summary>
    public Task<bool> RunsAsync(Guid sessionId, Guid? userId, CancellationToken ct) =>
        userId is { } u ? db.RunsAsync(sessionId, u, ct) : Task.FromResult(false);

    /// <summary>The upload, if this coordinator runs its simulation's day.</summary>
    public async Task<SimulationRecording?> FindForAsync(Guid recordingId, Guid? userId, CancellationToken ct) =>
        await FindAsync(recordingId, ct) is { } r && await RunsAsync(r.SessionId, userId, ct) ? r : null;

    public Task<SimulationRecording?> FindAsync(Guid recordingId, CancellationToken ct) =>
        Recordings.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recordingId && r.DeletedAt == null, ct);

    /// <summary>Writes one part at the offset the sender names, if it is where the upload stands; when the last part
    /// arrives, works out the whole file's SHA-256 (reading it back from the disk) and completes the recording, or,
    /// if it does not match the centre's checksum, discards it so that it can be sent again.</summary>
    public async Task<PartResult> AppendAsync(
        Guid recordingId,
        long offset,
        long? length,
        Stream body,
        CancellationToken ct
    )
    {
        var r = await Recordings.SingleOrDefaultAsync(x => x.Id == recordingId && x.DeletedAt == null, ct);
        if (r is null)
            return new(Outcome.NotFound, 0, 0, "There is no such upload", null);
        if (length is null)
            return new(Outcome.Invalid, r.Received, r.Bytes, "Say how long the part is (Content-Length)", null);
        if (r.CompletedAt is not null)
            // A retry of the last part whose answer was lost: it arrived, and the upload is complete.
            return new(Outcome.Completed, r.Received, r.Bytes, null, r.Sha256);
        if (RecordingRules.Append(r.Received, r.Bytes, offset, length.Value) is { } refusal)
            return new(offset != r.Received ? Outcome.Conflict : Outcome.Invalid, r.Received, r.Bytes, refusal, null);
        var content = body;
        if (offset == 0)
        {
            // The first bytes must be the format's; they are read here and written with the rest.
            var header = new byte[16];
            var read = await body.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
            var format = RecordingRules.Formats.Single(f => f.ContentType == r.ContentType);
            if (RecordingRules.FirstBytes(format, header.AsSpan(0, read)) is { } wrong)
                return new(Outcome.Invalid, r.Received, r.Bytes, wrong, null);
            content = new PrefixedStream(header.AsMemory(0, read), body);
        }
        long copied;
        try
        {
            copied = await files.WriteAtAsync(r.StorageKey, offset, content, length.Value, ct);
        }
        catch (IOException)
        {
            return new(
                Outcome.Conflict,
                r.Received,
                r.Bytes,
                "Another part of this recording is being written: wait for it and send from where it ends",
                null
            );
        }
        if (copied < length.Value)
            // The connection dropped mid-part: nothing is counted, and the next part starts where the last whole one
            // ended (the file's tail is cut back to it then).
            return new(Outcome.Invalid, r.Received, r.Bytes, "The part arrived incomplete: send it again", null);
        r.Received += copied;
        r.Version++;
        if (r.Received < r.Bytes)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await RaceLostAsync(recordingId, ct);
            }
            return new(Outcome.Appended, r.Received, r.Bytes, null, null);
        }
        var sha = await HashAsync(r.StorageKey, ct);
        if (r.ExpectedSha256 is { } expected && expected != sha)
        {
            r.Received = 0;
            await files.DeleteAsync(r.StorageKey, ct);
            await db.SaveChangesAsync(ct);
            return new(
                Outcome.Invalid,
                0,
                r.Bytes,
                $"The recording received has SHA-256 {sha}, not {expected} as the centre's copy: it has been discarded, send it again",
                sha
            );
        }
        Complete(r, sha);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RaceLostAsync(recordingId, ct);
        }
        return new(Outcome.Completed, r.Received, r.Bytes, null, sha);
    }

    /// <summary>The whole recording in one streamed post (the page's form without JavaScript): written as it arrives,
    /// hashed on the way, checked against the format by its first bytes and against the 8GB limit as it
    /// grows.</summary>
    public async Task<(SimulationRecording? Recording, List<(string Field, string Message)> Problems)> UploadWholeAsync(
        Guid sessionId,
        string? fileName,
        Stream content,
        string? expectedSha256,
        string actor,
        CancellationToken ct
    )
    {
        // Size is not known until the end: start as the largest allowed and settle at what arrived.
        var (recording, problems) = await StartAsync(
            sessionId,
            fileName,
            RecordingRules.MaxBytes,
            expectedSha256,
            actor,
            ct
        );
        if (recording is null)
            return (null, problems);
        var r = await Recordings.SingleAsync(x => x.Id == recording.Id, ct);
        var header = new byte[16];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var format = RecordingRules.Formats.Single(f => f.ContentType == r.ContentType);
        if (read == 0)
            return (null, [("File", "The recording is empty")]);
        if (RecordingRules.FirstBytes(format, header.AsSpan(0, read)) is { } wrong)
            return (null, [("File", wrong)]);
        var copied = await files.WriteAtAsync(
            r.StorageKey,
            0,
            new PrefixedStream(header.AsMemory(0, read), content),
            RecordingRules.MaxBytes + 1,
            ct
        );
        if (copied > RecordingRules.MaxBytes)
        {
            await files.DeleteAsync(r.StorageKey, ct);
            return (null, [("File", "The recording must be smaller than 8GB")]);
        }
        var sha = await HashAsync(r.StorageKey, ct);
        if (r.ExpectedSha256 is { } expected && expected != sha)
        {
            await files.DeleteAsync(r.StorageKey, ct);
            return (
                null,
                [
                    (
                        "Sha256",
                        $"The recording received has SHA-256 {sha}, not {expected} as the centre's copy: it has been discarded, upload it again"
                    ),
                ]
            );
        }
        (r.Bytes, r.Received) = (copied, copied);
        r.Version++;
        Complete(r, sha);
        await db.SaveChangesAsync(ct);
        return (r, []);
    }

    private void Complete(SimulationRecording r, string sha)
    {
        (r.Sha256, r.CompletedAt) = (sha, clock.GetUtcNow());
        db.Record(new RecordingUploaded(r.Id, r.SocialWorkerId, r.SessionId, r.FileName, r.Bytes, sha));
    }

    private async Task<PartResult> RaceLostAsync(Guid recordingId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await FindAsync(recordingId, ct);
        return new(
            Outcome.Conflict,
            current?.Received ?? 0,
            current?.Bytes ?? 0,
            "Another part of this recording arrived at the same time: send from where the upload now stands",
            null
        );
    }

    private async Task<string> HashAsync(string key, CancellationToken ct)
    {
        await using var stream = await files.OpenAsync(key, ct) ?? throw new IOException($"{key} is missing");
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    /// <summary>The first bytes already read to check the format, then the rest of the request.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> prefix = prefix;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (prefix.Length > 0)
            {
                var n = Math.Min(prefix.Length, buffer.Length);
                prefix[..n].CopyTo(buffer);
                prefix = prefix[n..];
                return n;
            }
            return await rest.ReadAsync(buffer, ct);
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
