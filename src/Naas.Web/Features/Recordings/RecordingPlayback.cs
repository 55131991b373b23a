using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Eligibility;
using Naas.Domain.Recordings;
using Naas.Domain.Reviews;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Recordings;

/// <summary>Who may watch a simulation's recording (issue 15, item 7): the programme and moderators; the simulation's
/// own observers; an independent reviewer while the assessment is under their review; and the candidate filmed. Each
/// viewing is recorded; anyone else is told there is no such recording, so an id reveals nothing.</summary>
public sealed class RecordingPlayback(NaasDbContext db, IFileStore files, TimeProvider clock)
{
    /// <summary>How long one viewing lasts: the parts a player fetches as it plays and seeks within this time are one
    /// viewing, recorded once.</summary>
    public static readonly TimeSpan Viewing = TimeSpan.FromHours(1);

    /// <summary>Who the caller is to this recording, in words for the record, or null if they may not watch it.
    /// Reads across scope: each branch is itself the check.</summary>
    public async Task<string?> WhoAsync(SimulationRecording r, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        if (user.IsInRole(Roles.ProgrammeAdministrator))
            return "the programme";
        if (user.IsInRole(Roles.Moderator))
            return "a moderator";
        if (user.SocialWorkerId() == r.SocialWorkerId && user.IsInRole(Roles.SocialWorker))
            return "the candidate";
        var session = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(s => s.Id == r.SessionId, ct);
        if (
            user.IsInRole(Roles.Assessor)
            && await db
                .Observers.IgnoreQueryFilters()
                .AnyAsync(
                    o => o.UserId == userId && (o.Id == session.LeadObserverId || o.Id == session.SecondObserverId),
                    ct
                )
        )
            return "an observer of the simulation";
        if (
            user.IsInRole(Roles.IndependentReviewer)
            && session.EndorsementId is { } endorsement
            && await db
                .ReviewRequests.IgnoreQueryFilters()
                .AnyAsync(
                    x =>
                        x.EndorsementId == endorsement
                        && x.ReviewerUserId == userId
                        && x.State == ReviewState.UnderReview,
                    ct
                )
        )
            return "the independent reviewer";
        return null;
    }

    /// <summary>The recording's content for a caller allowed to watch it, recording the viewing (once for each
    /// <see cref="Viewing"/> a person spends with it); null for anyone else, for a recording not yet whole, or one
    /// deleted.</summary>
    public async Task<(SimulationRecording Recording, Stream Content)?> OpenAsync(
        Guid recordingId,
        ClaimsPrincipal user,
        CancellationToken ct
    )
    {
        var r = await db
            .SimulationRecordings.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == recordingId && x.CompletedAt != null && x.DeletedAt == null, ct);
        if (r is null || await WhoAsync(r, user, ct) is not { } who)
            return null;
        var stream = await files.OpenAsync(r.StorageKey, ct);
        if (stream is null)
            return null;
        var userId = user.UserId();
        // Compared in memory: a person's viewings of one recording are few, and SQLite cannot compare the times.
        var viewed = await db
            .AuditEvents.Where(a =>
                a.EventType == nameof(RecordingViewed) && a.SubjectId == r.Id && a.ActorUserId == userId
            )
            .Select(a => a.OccurredAt)
            .ToListAsync(ct);
        if (!viewed.Any(t => t > clock.GetUtcNow() - Viewing))
        {
            db.Record(new RecordingViewed(r.Id, r.SocialWorkerId, r.SessionId, who));
            await db.SaveChangesAsync(ct);
        }
        return (r, stream);
    }

    /// <summary>The recordings of these simulations that are whole and kept, by session, for a page that has already
    /// established its reader may see the simulations (the player's requests are checked again).</summary>
    public async Task<Dictionary<Guid, SimulationRecording>> ForSessionsAsync(
        IReadOnlyCollection<Guid> sessions,
        CancellationToken ct
    ) =>
        (
            await db
                .SimulationRecordings.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(r => sessions.Contains(r.SessionId) && r.CompletedAt != null && r.DeletedAt == null)
                .ToListAsync(ct)
        ).ToDictionary(r => r.SessionId);
}

/// <summary>Deletes recordings whose retention period after their simulation has passed (a policy setting, 12 months
/// by default), each deletion recorded with the recording's row kept as the record that it existed.</summary>
public sealed class RecordingRetention(NaasDbContext db, IFileStore files, PolicyStore policy, TimeProvider clock)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var months = (await policy.CurrentAsync(ct)).Value(EligibilityPolicy.Keys.RecordingRetentionMonths);
        var now = clock.GetUtcNow();
        // Compared in memory (SQLite cannot do the date arithmetic); the kept recordings are at most a year's
        // simulations, and only their ids and times are read.
        var kept = await db
            .SimulationRecordings.IgnoreQueryFilters()
            .Where(r => r.DeletedAt == null)
            .Join(
                db.SimulationSessions.IgnoreQueryFilters(),
                r => r.SessionId,
                s => s.Id,
                (r, s) =>
                    new
                    {
                        r.Id,
                        s.StartsAt,
                        s.Minutes,
                    }
            )
            .ToListAsync(ct);
        var due = kept.Where(k => RecordingRules.DeleteAfter(k.StartsAt.AddMinutes(k.Minutes), months) <= now)
            .Select(k => k.Id)
            .ToList();
        foreach (var id in due)
        {
            var r = await db.SimulationRecordings.IgnoreQueryFilters().SingleAsync(x => x.Id == id, ct);
            await files.DeleteAsync(r.StorageKey, ct);
            r.DeletedAt = now;
            r.Version++;
            db.Record(new RecordingDeleted(r.Id, r.SocialWorkerId, r.SessionId, months));
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}

/// <summary>Runs the retention job once a day.</summary>
public sealed class RecordingRetentionProcessor(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<RecordingRetentionProcessor> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope
                    .ServiceProvider.GetRequiredService<RecordingRetention>()
                    .DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                    log.LogInformation("Deleted {Count} recordings past their retention period", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Deleting recordings past retention failed; trying again tomorrow");
            }
            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
        }
    }
}
