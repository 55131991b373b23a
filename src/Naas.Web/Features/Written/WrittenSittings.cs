using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Observation;
using Naas.Domain.Written;

namespace Naas.Web.Features.Written;

/// <summary>
/// A candidate's written exercise (issue 15, item 5; ¶37): opened once their endorsement stands and (where they take
/// the simulations) their first simulation has been played, since it is written from the scenarios' information;
/// timed from its stored start by the service's clock, with the candidate's agreed extra time; every change saved as
/// it is typed and the whole kept on reload; ended by the candidate or, at the end of its time, with what was saved.
/// </summary>
public sealed class WrittenSittings(NaasDbContext db, TimeProvider clock)
{
    public sealed record Choices(
        Endorsement? Standing,
        WrittenExerciseVersion? Exercise,
        WrittenSitting? Sitting,
        string? Closed,
        int ExtraTimePercent
    );

    /// <summary>A scenario the candidate has played under this endorsement, whose information the exercise draws
    /// on.</summary>
    public sealed record Played(string Title, string Briefing);

    public enum SaveOutcome
    {
        Saved,
        Ended,
        NotFound,

        /// <summary>Nothing was saved: the problem says what to change.</summary>
        Refused,
    }

    /// <summary>What the candidate may do now: their written exercise for the standing endorsement, and why not if
    /// they cannot start it.</summary>
    public async Task<Choices> ChoicesAsync(Guid person, CancellationToken ct)
    {
        var standing = await db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.SocialWorkerId == person
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);
        var extra = await db
            .ReasonableAdjustments.AsNoTracking()
            .Where(a => a.SocialWorkerId == person)
            .Select(a => (int?)a.ExtraTimePercent)
            .SingleOrDefaultAsync(ct);
        if (standing is null)
            return new(
                null,
                null,
                null,
                "You can take the written exercise once your employer has endorsed you and you have agreed to be put forward.",
                extra ?? 0
            );
        var sitting = await db
            .WrittenSittings.Include(s => s.Exercise)
            .SingleOrDefaultAsync(s => s.EndorsementId == standing.Id, ct);
        if (sitting is not null)
        {
            await EndIfOverAsync(sitting, ct);
            return new(standing, sitting.Exercise, sitting, null, extra ?? 0);
        }
        if (!standing.Takes(WrittenExercise.Kind))
            return new(
                standing,
                null,
                null,
                "Your written assessment result is kept from your earlier assessment, so there is nothing to take.",
                extra ?? 0
            );
        var exercise = await CurrentExerciseAsync(standing, ct);
        if (exercise is null)
            return new(
                standing,
                null,
                null,
                "There is no written exercise for your status yet. The programme will tell you when there is.",
                extra ?? 0
            );
        if (standing.Takes(SimulationElement.Kind) && !await PlayedAnyAsync(standing.Id, ct))
            return new(
                standing,
                exercise,
                null,
                "You can start the written exercise after your first simulation: it is written from the information in the scenarios.",
                extra ?? 0
            );
        return new(standing, exercise, null, null, extra ?? 0);
    }

    private async Task<WrittenExerciseVersion?> CurrentExerciseAsync(Endorsement standing, CancellationToken ct)
    {
        // The assessment model in force for the status must have a written element (practice leaders' has none).
        var modelHasWritten = await db
            .AssessmentModels.AsNoTracking()
            .Where(m => m.Status!.Level == standing.Level)
            .OrderByDescending(m => m.Version)
            .Select(m => m.Elements.Any(e => e.Kind == WrittenExercise.Kind))
            .FirstOrDefaultAsync(ct);
        if (!modelHasWritten)
            return null;
        return await db
            .WrittenExercises.AsNoTracking()
            .Include(x => x.Tasks)
            .Where(x => x.Level == standing.Level && x.RetiredAt == null)
            .OrderByDescending(x => x.Version)
            .FirstOrDefaultAsync(ct);
    }

    private Task<bool> PlayedAnyAsync(Guid endorsementId, CancellationToken ct) =>
        db.SimulationSessions.AnyAsync(s => s.EndorsementId == endorsementId && s.SimulationStartedAt != null, ct);

    /// <summary>Starts the exercise, or returns the one already started (a double click starts nothing twice).</summary>
    public async Task<(WrittenSitting? Sitting, string? Refusal)> StartAsync(Guid person, CancellationToken ct)
    {
        var choices = await ChoicesAsync(person, ct);
        if (choices.Sitting is { } existing)
            return (existing, null);
        if (choices.Closed is { } closed)
            return (null, closed);
        var exercise = choices.Exercise!;
        var sitting = new WrittenSitting
        {
            ExerciseId = exercise.Id,
            SocialWorkerId = person,
            EndorsementId = choices.Standing!.Id,
            Code = WrittenExercise.NewCode(),
            StartedAt = clock.GetUtcNow(),
            AllowedSeconds = WrittenExercise.AllowedSeconds(exercise.Minutes, choices.ExtraTimePercent),
        };
        db.WrittenSittings.Add(sitting);
        db.Record(new WrittenExerciseStarted(sitting.Id, person, sitting.Code, sitting.AllowedSeconds / 60));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Started a moment ago in another tab: one sitting per endorsement (a unique index).
            db.ChangeTracker.Clear();
            var other = await db.WrittenSittings.SingleOrDefaultAsync(s => s.EndorsementId == choices.Standing.Id, ct);
            return other is null ? (null, "Your written exercise could not be started: try again") : (other, null);
        }
        return (sitting, null);
    }

    /// <summary>The candidate's own sitting with its exercise and saved answers, ended first if its time has run out;
    /// null for anyone else's.</summary>
    public async Task<WrittenSitting?> LoadAsync(Guid id, Guid person, CancellationToken ct)
    {
        var sitting = await db
            .WrittenSittings.Include(s => s.Answers)
            .Include(s => s.Exercise)
                .ThenInclude(e => e!.Tasks)
            .SingleOrDefaultAsync(s => s.Id == id && s.SocialWorkerId == person, ct);
        if (sitting is not null)
        {
            sitting.Exercise!.Tasks.Sort((a, b) => a.Number.CompareTo(b.Number));
            await EndIfOverAsync(sitting, ct);
        }
        return sitting;
    }

    /// <summary>The scenarios the candidate has played under this endorsement, in order, for the page beside the
    /// exercise's own case information.</summary>
    public async Task<List<Played>> PlayedAsync(WrittenSitting sitting, CancellationToken ct)
    {
        var rows = await db
            .SimulationSessions.AsNoTracking()
            .Where(s => s.EndorsementId == sitting.EndorsementId && s.SimulationStartedAt != null)
            .Select(s => new
            {
                s.StartsAt,
                s.ScenarioVersion!.Title,
                s.ScenarioVersion.Briefing,
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.StartsAt).Select(r => new Played(r.Title, r.Briefing)).ToList();
    }

    /// <summary>Time left by the service's clock.</summary>
    public TimeSpan Remaining(WrittenSitting s) =>
        s.SubmittedAt is not null ? TimeSpan.Zero
        : s.EndsAt - clock.GetUtcNow() is var r && r > TimeSpan.Zero ? r
        : TimeSpan.Zero;

    /// <summary>Saves the answers given (task number to text), only while the sitting is open and its time has not
    /// run out by the service's clock. A save racing the sitting's end either commits before the end or is told it
    /// did not land; never after it.</summary>
    public async Task<(SaveOutcome Outcome, string? Problem)> SaveAsync(
        Guid id,
        Guid person,
        IReadOnlyDictionary<int, string> answers,
        CancellationToken ct
    )
    {
        var sitting = await LoadAsync(id, person, ct);
        if (sitting is null)
            return (SaveOutcome.NotFound, null);
        if (sitting.SubmittedAt is not null)
            return (SaveOutcome.Ended, null);
        var tasks = sitting.Exercise!.Tasks.Select(t => t.Number).ToHashSet();
        foreach (var (task, text) in answers)
            if (WrittenExercise.AnswerProblem(task, text) is { } problem)
                return (SaveOutcome.Refused, problem);
        var now = clock.GetUtcNow();
        // The sitting's row is claimed first, only while it is open: on PostgreSQL the claim holds the row until
        // this save commits, so saves to one sitting take turns and the end cannot slip in between (the end's
        // own update checks the revision this claim moves on, and works itself out again if a save came first).
        // A save after the end claims nothing and is told so. The revision is a counter, not a result, so it is
        // moved outside the audited change tracking.
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db
            .WrittenSittings.Where(x => x.Id == sitting.Id && x.SubmittedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Revision, x => x.Revision + 1), ct);
        if (claimed == 0)
        {
            await tx.RollbackAsync(ct);
            return (SaveOutcome.Ended, null);
        }
        // Read after the claim: what the save before this one committed.
        var stored = await db.WrittenAnswers.Where(a => a.SittingId == sitting.Id).ToListAsync(ct);
        foreach (var (task, text) in answers.Where(a => tasks.Contains(a.Key)))
        {
            var normalised = text.Replace("\r\n", "\n");
            var saved = stored.SingleOrDefault(a => a.Task == task);
            if (saved is null)
                db.WrittenAnswers.Add(
                    new WrittenAnswer
                    {
                        SittingId = sitting.Id,
                        Task = task,
                        Text = normalised,
                        SavedAt = now,
                    }
                );
            else if (saved.Text != normalised)
                (saved.Text, saved.SavedAt) = (normalised, now);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (SaveOutcome.Saved, null);
    }

    public Task SubmitAsync(WrittenSitting s, CancellationToken ct) => EndAsync(s, timedOut: false, ct);

    private async Task EndIfOverAsync(WrittenSitting s, CancellationToken ct)
    {
        if (s.SubmittedAt is null && clock.GetUtcNow() >= s.EndsAt)
            await EndAsync(s, timedOut: true, ct);
    }

    /// <summary>Ends the sitting with what was saved. Like a save, the end claims the sitting's row only while it is
    /// open, so it takes its turn after a save in flight (which lands before it) and a save after it claims nothing;
    /// a second end (another tab, a time-out) finds it ended and takes what is stored.</summary>
    private async Task EndAsync(WrittenSitting s, bool timedOut, CancellationToken ct)
    {
        if (s.SubmittedAt is not null)
            return;
        var endedAt = timedOut ? s.EndsAt : clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ended = await db
            .WrittenSittings.Where(x => x.Id == s.Id && x.SubmittedAt == null)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(x => x.SubmittedAt, endedAt)
                        .SetProperty(x => x.TimedOut, timedOut)
                        .SetProperty(x => x.Revision, x => x.Revision + 1),
                ct
            );
        if (ended == 1)
        {
            // What it ends with: the answers as committed by the saves before it.
            var texts = await db
                .WrittenAnswers.AsNoTracking()
                .Where(a => a.SittingId == s.Id)
                .Select(a => a.Text)
                .ToListAsync(ct);
            db.Record(
                new WrittenExerciseEnded(s.Id, s.SocialWorkerId, s.Code, timedOut, texts.Sum(WrittenExercise.Words))
            );
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        var stored = await db
            .WrittenSittings.AsNoTracking()
            .Where(x => x.Id == s.Id)
            .Select(x => new
            {
                x.SubmittedAt,
                x.TimedOut,
                x.Revision,
            })
            .SingleAsync(ct);
        (s.SubmittedAt, s.TimedOut, s.Revision) = (stored.SubmittedAt, stored.TimedOut, stored.Revision);
        // The row was written above; the tracked copy only follows it.
        if (db.Entry(s).State == EntityState.Modified)
            db.Entry(s).State = EntityState.Unchanged;
    }

    /// <summary>Ends every sitting whose time has run out and nobody has opened since, so that the programme can
    /// give it to a marker. Returns how many were ended.</summary>
    public async Task<int> EndOverdueAsync(CancellationToken ct)
    {
        var open = await db.WrittenSittings.Include(s => s.Answers).Where(s => s.SubmittedAt == null).ToListAsync(ct);
        var ended = 0;
        foreach (var s in open.Where(s => clock.GetUtcNow() >= s.EndsAt))
        {
            await EndAsync(s, timedOut: true, ct);
            ended++;
        }
        return ended;
    }
}
