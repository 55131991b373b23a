using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>A sitting's clock, computed from its stored start (so closing the browser loses nothing): time left, rest
/// breaks that stop it, and the end, by submission or time-out, when the sitting is scored.</summary>
public sealed class SittingClock(NaasDbContext db, TimeProvider clock, SittingScorer scorer)
{
    /// <summary>The candidate's own attempt, ended first if its time has run out. Null for anyone else's.</summary>
    public async Task<KnowledgeAttempt?> LoadAsync(Guid attemptId, Guid socialWorkerId, CancellationToken ct)
    {
        var attempt = await db
            .KnowledgeAttempts.Include(a => a.Answers)
            .Include(a => a.Blueprint)
            .SingleOrDefaultAsync(a => a.Id == attemptId && a.SocialWorkerId == socialWorkerId, ct);
        if (attempt is not null)
        {
            await EndBreakIfOverAsync(attempt, ct);
            await EndIfOverAsync(attempt, ct);
        }
        return attempt;
    }

    /// <summary>Time left in words, as every test page shows it.</summary>
    public static string Describe(TimeSpan t) =>
        t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} minutes {t.Seconds} seconds" : $"{t.Seconds} seconds";

    /// <summary>All of a candidate's sittings in one query, any whose time has run out ended first.</summary>
    public async Task<List<KnowledgeAttempt>> MineAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var attempts = await db
            .KnowledgeAttempts.Include(a => a.Blueprint)
            .Where(a => a.SocialWorkerId == socialWorkerId)
            .ToListAsync(ct);
        foreach (var a in attempts)
        {
            await EndBreakIfOverAsync(a, ct);
            await EndIfOverAsync(a, ct);
        }
        return attempts;
    }

    /// <summary>Time left; frozen while the candidate is on a rest break.</summary>
    public TimeSpan Remaining(KnowledgeAttempt a) =>
        a.SubmittedAt is not null ? TimeSpan.Zero
        : a.EndsAt - (a.BreakStartedAt ?? clock.GetUtcNow()) is var r && r > TimeSpan.Zero ? r
        : TimeSpan.Zero;

    /// <summary>A rest break stops the clock, for a candidate whose adjustments allow breaks.</summary>
    public async Task<bool> StartBreakAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (!a.RestBreaksAllowed || a.SubmittedAt is not null || a.BreakStartedAt is not null)
            return false;
        a.BreakStartedAt = clock.GetUtcNow();
        db.Record(new BreakStarted(a.Id, a.SocialWorkerId, Remaining(a)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A rest break longer than the adjustment allows ends at its limit: the clock starts again from then,
    /// whether or not the candidate has come back.</summary>
    private async Task EndBreakIfOverAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (
            a.BreakStartedAt is not { } started
            || a.MaxBreakSeconds <= 0
            || clock.GetUtcNow() - started < TimeSpan.FromSeconds(a.MaxBreakSeconds)
        )
            return;
        (a.PausedSeconds, a.BreakStartedAt) = (a.PausedSeconds + a.MaxBreakSeconds, null);
        db.Record(
            new BreakEnded(a.Id, a.SocialWorkerId, a.MaxBreakSeconds / 60),
            at: started.AddSeconds(a.MaxBreakSeconds)
        );
        await db.SaveChangesAsync(ct);
    }

    public async Task ResumeAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (a.BreakStartedAt is not { } started)
            return;
        var paused = (int)Math.Ceiling((clock.GetUtcNow() - started).TotalSeconds);
        (a.PausedSeconds, a.BreakStartedAt) = (a.PausedSeconds + paused, null);
        db.Record(new SittingResumed(a.Id, a.SocialWorkerId, paused));
        await db.SaveChangesAsync(ct);
    }

    public Task SubmitAsync(KnowledgeAttempt a, CancellationToken ct) => EndAsync(a, timedOut: false, ct);

    internal async Task EndIfOverAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (a.SubmittedAt is null && a.BreakStartedAt is null && clock.GetUtcNow() >= a.EndsAt)
            await EndAsync(a, timedOut: true, ct);
    }

    /// <summary>Ends the sitting with what was saved and scores it against the item versions the candidate
    /// saw.</summary>
    private async Task EndAsync(KnowledgeAttempt a, bool timedOut, CancellationToken ct)
    {
        if (a.SubmittedAt is not null)
            return;
        // On PostgreSQL the sitting is locked before its answers are read (issue 17, the save/submit race): a save
        // still in flight holds the sitting FOR SHARE until it commits, so the answers read here include every save
        // that was told it landed, and a save arriving now waits, then finds the sitting ended. Ended by another
        // request meanwhile (a second tab, the clock): nothing more to do.
        await using var tx =
            db.Database.IsNpgsql() && db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(ct)
                : null;
        if (tx is not null)
        {
            var open = await db
                .Database.SqlQuery<Guid>(
                    $"SELECT \"Id\" AS \"Value\" FROM \"KnowledgeAttempts\" WHERE \"Id\" = {a.Id} AND \"SubmittedAt\" IS NULL FOR UPDATE"
                )
                .ToListAsync(ct);
            if (open.Count == 0)
            {
                await db.Entry(a).ReloadAsync(ct);
                return;
            }
        }
        var (score, max) = await scorer.ScoreAsync(a, ct);
        (a.SubmittedAt, a.TimedOut, a.Score, a.MaxScore) = (clock.GetUtcNow(), timedOut, score, max);
        db.Record(new SittingEnded(a.Id, a.SocialWorkerId, timedOut, score, max, a.PassMark));
        await db.SaveChangesAsync(ct);
        if (tx is not null)
            await tx.CommitAsync(ct);
    }
}
