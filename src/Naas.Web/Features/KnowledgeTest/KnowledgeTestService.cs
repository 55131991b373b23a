using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
namespace Naas.Web.Features.KnowledgeTest;

/// <summary>A question as the candidate sees it: never its key.</summary>
public sealed record QuestionView(int Position, int Count, ItemType Type, string Stem, IReadOnlyList<string> Options, int OptionsToChoose,
    IReadOnlyList<string> Chosen, bool Flagged, TimeSpan Remaining, KnowledgeCase? Case = null);

/// <summary>Sitting the knowledge test: a form per candidate, answers saved as given, the clock computed from the
/// stored start (so closing the browser loses nothing), and scoring at submission or time-out.</summary>
public sealed class KnowledgeTestService(NaasDbContext db, TimeProvider clock, Autosaver autosaver, BookingService bookings)
{
    public enum AutosaveOutcome { Saved, NotFound, Ended }

    /// <summary>An autosave that <see cref="Autosaver"/> could not settle from memory: the sitting's owner and form and
    /// the question's options are read (and remembered), and on PostgreSQL the save goes to the <see cref="AnswerWriter"/>,
    /// which commits it only while the sitting is open and its time, computed in the database from the stored start, has
    /// not run out. Anything else (a break, the time up, SQLite) goes the ordinary way, which ends the test when its
    /// time is up.</summary>
    public async Task<AutosaveOutcome> AutosaveAsync(Guid attemptId, Guid socialWorkerId, int position, IFormCollection form, bool flagged, CancellationToken ct)
    {
        var sitting = await FormAsync(attemptId, ct);
        if (sitting is null || sitting.Value.Owner != socialWorkerId) return AutosaveOutcome.NotFound;
        var ids = sitting.Value.Items;
        if (position < 1 || position > ids.Length) return AutosaveOutcome.NotFound;
        var (type, options) = await OptionsAsync(ids[position - 1], ct);
        if (await autosaver.TrySaveAsync(attemptId, socialWorkerId, position, form, flagged) is { } outcome) return outcome;
        var attempt = await LoadAsync(attemptId, socialWorkerId, ct);
        if (attempt is null) return AutosaveOutcome.NotFound;
        return await SaveAsync(attempt, position, ReadAnswer(form, type, options), flagged, ct) ? AutosaveOutcome.Saved : AutosaveOutcome.Ended;
    }

    /// <summary>The answer as a question's form gives it (option numbers, or true/false per statement for a multi-part
    /// question) turned into the options' texts; anything that is not one of the options is dropped.</summary>
    public static List<string> ReadAnswer(IFormCollection form, ItemType type, IReadOnlyList<string> options) => type == ItemType.MultiPart
        ? options.Select((o, i) => (o, form[$"s{i}"].ToString())).Where(x => x.Item2 is "true" or "false").Select(x => $"{x.o}={x.Item2}").ToList()
        : form["o"].Select(s => int.TryParse(s, out var i) && i >= 0 && i < options.Count ? options[i] : null).OfType<string>().Distinct().ToList();

    /// <summary>A sitting's owner and form, remembered: neither changes once the sitting starts.</summary>
    private async Task<(Guid Owner, Guid[] Items)?> FormAsync(Guid attemptId, CancellationToken ct)
    {
        if (autosaver.TryForm(attemptId, out var known)) return known;
        // Read across the query filter on purpose: the caller's ownership is checked against the stored owner.
        var a = await db.KnowledgeAttempts.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == attemptId)
            .Select(x => new { x.SocialWorkerId, x.ItemVersionIds }).SingleOrDefaultAsync(ct);
        if (a is null) return null;
        var form = (a.SocialWorkerId, a.ItemVersionIds.Split(',').Select(Guid.Parse).ToArray());
        autosaver.RememberForm(attemptId, form);
        return form;
    }

    /// <summary>A form's question type and options, remembered: a version on a form never changes its options.</summary>
    public async Task<(ItemType Type, IReadOnlyList<string> Options)> OptionsAsync(Guid versionId, CancellationToken ct)
    {
        if (autosaver.TryOptions(versionId, out var known)) return known;
        var v = await db.KnowledgeItemVersions.AsNoTracking().Where(x => x.Id == versionId).Select(x => new { x.Type, x.Options }).SingleAsync(ct);
        var options = (v.Type, (IReadOnlyList<string>)KnowledgeItemVersion.Lines(v.Options));
        autosaver.RememberOptions(versionId, options);
        return options;
    }

    /// <summary>Starts a practice test: open to any candidate at any time, with feedback afterwards.</summary>
    public async Task<(KnowledgeAttempt? Attempt, string? Problem)> StartAsync(Guid socialWorkerId, Guid blueprintId, CancellationToken ct)
    {
        var blueprint = await db.KnowledgeBlueprints.AsNoTracking().SingleOrDefaultAsync(b => b.Id == blueprintId && b.IsPractice && !b.Retired, ct);
        if (blueprint is null) return (null, "There is no such practice test");
        return await AssembleAndStartAsync(socialWorkerId, blueprint, null, ct);
    }

    /// <summary>Starts the real test from a booking: only in its window, and only while the endorsement it rests on
    /// stands (¶37: candidates are put forward by their employer and agree to it).</summary>
    /// <summary>Said when a booked test would start before the programme has decided on the adjustments asked for.</summary>
    public const string AdjustmentUndecided = "The national programme has not yet decided on the adjustments you asked for, so your test would start on the standard time and arrangements. You can wait for the decision, or start now without them.";

    public async Task<(KnowledgeAttempt? Attempt, string? Problem)> StartBookedAsync(Guid socialWorkerId, Guid bookingId, CancellationToken ct, bool withoutUndecidedAdjustments = false)
    {
        var booking = await db.TestBookings.Include(b => b.Window!).ThenInclude(w => w.Blueprint).Include(b => b.Endorsement)
            .SingleOrDefaultAsync(b => b.Id == bookingId && b.SocialWorkerId == socialWorkerId, ct);
        if (booking is null || booking.CancelledAt is not null) return (null, "There is no such booking");
        if (booking.AttemptId is { } used) return (await db.KnowledgeAttempts.SingleAsync(a => a.Id == used, ct), null);
        var now = clock.GetUtcNow();
        if (now < booking.Window!.Opens) return (null, $"Your test window opens on {Infrastructure.Clock.UkDateTime(booking.Window.Opens)}. You cannot start before then.");
        if (now >= booking.Window.Closes) return (null, "Your test window has closed. Book another window to take the test.");
        if (booking.AtCentre && booking.CheckedInAt is null)
            return (null, $"You are booked to sit the test at {booking.Location}. The invigilator there checks who you are and then lets your test start, so it cannot be started from anywhere else.");
        if (!withoutUndecidedAdjustments && await bookings.AdjustmentDecidedAsync(booking, ct) == false)
            return (null, AdjustmentUndecided);
        var endorsement = booking.Endorsement!;
        if (endorsement.State is not (Domain.Endorsements.EndorsementState.Agreed or Domain.Endorsements.EndorsementState.InAssessment))
            return (null, "Your employer's endorsement for this assessment is no longer in place, so the test cannot start. Speak to your employer.");
        if (endorsement.State == Domain.Endorsements.EndorsementState.Agreed)
        {
            endorsement.State = Domain.Endorsements.EndorsementTransitions.Apply(endorsement.State, Domain.Endorsements.EndorsementAction.BeginAssessment).Next!.Value;
            db.Audit("Endorsement", endorsement.Id, "AssessmentBegun", "Assessment began with the knowledge test; the endorsement can no longer be withdrawn", organisationId: endorsement.OrganisationId);
        }
        return await AssembleAndStartAsync(socialWorkerId, booking.Window.Blueprint!, booking, ct);
    }

    private async Task<(KnowledgeAttempt? Attempt, string? Problem)> AssembleAndStartAsync(Guid socialWorkerId, KnowledgeBlueprint blueprint, TestBooking? booking, CancellationToken ct)
    {
        var open = await db.KnowledgeAttempts.Where(a => a.SocialWorkerId == socialWorkerId && a.SubmittedAt == null).ToListAsync(ct);
        foreach (var a in open) await EndIfOverAsync(a, ct);
        if (open.FirstOrDefault(a => a.SubmittedAt is null) is { } running)
            return booking is null ? (running, null) : (null, "Finish or submit the test you have in progress first.");

        var (cells, bank) = await BankAsync(blueprint, ct);
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 1;
        var result = FormAssembly.Assemble(new Blueprint(cells, Enum.GetValues<ItemType>(), blueprint.MaxTimesShown, blueprint.PassMarkTolerance, blueprint.Pool), bank, seed);
        if (!result.Succeeded) return (null, $"The test cannot be put together at the moment: {result.Problems[0]}");
        var onForm = result.Form!.ItemIds.ToList();
        var itemOfVersion = await db.KnowledgeItemVersions.AsNoTracking().Where(v => onForm.Contains(v.Id)).Select(v => new { v.Id, v.ItemId, v.CaseId }).ToListAsync(ct);

        var adjustment = await db.ReasonableAdjustments.AsNoTracking().SingleOrDefaultAsync(x => x.SocialWorkerId == socialWorkerId, ct);
        var attempt = new KnowledgeAttempt
        {
            SocialWorkerId = socialWorkerId, BlueprintId = blueprint.Id, Seed = (long)seed, ItemVersionIds = string.Join(",", result.Form!.ItemIds),
            PassMark = result.Form.PassMark, StartedAt = clock.GetUtcNow(),
            AllowedSeconds = blueprint.Minutes * 60 * (100 + (adjustment?.ExtraTimePercent ?? 0)) / 100,
            RestBreaksAllowed = adjustment?.RestBreaks ?? false, MaxBreakSeconds = (adjustment?.MaxBreakMinutes ?? 0) * 60,
            Location = booking?.Location ?? KnowledgeAttempt.Remote, BookingId = booking?.Id,
        };
        if (booking is not null)
        {
            booking.AttemptId = attempt.Id;
            db.Audit("TestBooking", booking.Id, "Used", $"Booking used: the test started ({booking.Location})");
        }
        db.KnowledgeAttempts.Add(attempt);
        db.Audit("KnowledgeAttempt", attempt.Id, "Started", $"{blueprint.Name} started at {attempt.Location} ({Infrastructure.Words.Count(result.Form.ItemIds.Count, "question")}, {attempt.AllowedSeconds / 60} minutes" +
            (adjustment is null ? ")" : $" with adjustments: {adjustment.ExtraTimePercent}% extra time{(adjustment.RestBreaks ? $", rest breaks of up to {adjustment.MaxBreakMinutes} minutes" : "")})"));
        // Exposure counts are bumped in the database, not read-modify-written, so simultaneous starts never lose a count.
        var shownItems = itemOfVersion.Where(v => result.Form.ItemIds.Contains(v.Id)).Select(v => v.ItemId).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.KnowledgeItems.Where(i => shownItems.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.TimesShown, i => i.TimesShown + 1), ct);
        // From the moment a candidate sees them, the versions and their cases never change again (but for an audited key correction).
        var now = clock.GetUtcNow();
        var formIds = result.Form.ItemIds.ToList();
        await db.KnowledgeItemVersions.Where(v => formIds.Contains(v.Id) && v.FirstUsedAt == null).ExecuteUpdateAsync(u => u.SetProperty(v => v.FirstUsedAt, now), ct);
        var caseIds = itemOfVersion.Where(v => formIds.Contains(v.Id) && v.CaseId != null).Select(v => v.CaseId!.Value).Distinct().ToList();
        if (caseIds.Count > 0)
            await db.KnowledgeCases.Where(c => caseIds.Contains(c.Id) && c.FirstUsedAt == null).ExecuteUpdateAsync(u => u.SetProperty(c => c.FirstUsedAt, now), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (attempt, null);
    }

    /// <summary>The blueprint's cells and the live bank it draws on, with each item's enemies and exposure so far.</summary>
    public async Task<(List<BlueprintCell> Cells, List<BankItem> Bank)> BankAsync(KnowledgeBlueprint blueprint, CancellationToken ct)
    {
        var cells = Cells(blueprint);
        var areaIds = cells.Select(c => c.AreaId).ToList();
        var live = await db.KnowledgeItemVersions.AsNoTracking()
            .Where(v => v.Status == ItemStatus.Live && areaIds.Contains(v.AreaId) && (v.AppliedFor == null || v.AppliedFor == blueprint.Status))
            .Where(v => v.Item!.Pool == blueprint.Pool) // never a practice item on a real form, nor a real one on a practice form
            .Select(v => new { v.Id, v.ItemId, v.AreaId, v.Type, v.Rating, v.AppliedFor, v.CaseId, v.Item!.TimesShown, v.Item.Pool }).ToListAsync(ct);
        var itemIds = live.Select(v => v.ItemId).ToList();
        var enemyPairs = await db.KnowledgeItemEnemies.AsNoTracking().Where(e => itemIds.Contains(e.ItemId)).ToListAsync(ct);
        // Enemies are kept between items; assembly works on the live version of each.
        var versionOfItem = live.ToDictionary(v => v.ItemId, v => v.Id);
        var enemiesOf = enemyPairs.Where(e => versionOfItem.ContainsKey(e.EnemyItemId)).ToLookup(e => e.ItemId, e => versionOfItem[e.EnemyItemId]);
        var bank = live.Select(v => new BankItem(v.Id, v.AppliedFor is null ? "General" : "Applied", v.AreaId, v.Type, v.Rating,
            enemiesOf[v.ItemId].ToList(), v.TimesShown, v.CaseId, v.Pool)).ToList();
        return (cells, bank);
    }

    public static List<BlueprintCell> Cells(KnowledgeBlueprint b) => b.Cells.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|')).Select(p => new BlueprintCell(p[0], Guid.Parse(p[1]), p[1], int.Parse(p[2]))).ToList();

    /// <summary>The candidate's own attempt, ended first if its time has run out. Null for anyone else's.</summary>
    public async Task<KnowledgeAttempt?> LoadAsync(Guid attemptId, Guid socialWorkerId, CancellationToken ct)
    {
        var attempt = await db.KnowledgeAttempts.Include(a => a.Answers).Include(a => a.Blueprint)
            .SingleOrDefaultAsync(a => a.Id == attemptId && a.SocialWorkerId == socialWorkerId, ct);
        if (attempt is not null) { await EndBreakIfOverAsync(attempt, ct); await EndIfOverAsync(attempt, ct); }
        return attempt;
    }

    /// <summary>Time left in words, as every test page shows it.</summary>
    public static string Describe(TimeSpan t) => t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} minutes {t.Seconds} seconds" : $"{t.Seconds} seconds";

    /// <summary>All of a candidate's sittings in one query, any whose time has run out ended first.</summary>
    public async Task<List<KnowledgeAttempt>> MineAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var attempts = await db.KnowledgeAttempts.Include(a => a.Blueprint).Where(a => a.SocialWorkerId == socialWorkerId).ToListAsync(ct);
        foreach (var a in attempts) { await EndBreakIfOverAsync(a, ct); await EndIfOverAsync(a, ct); }
        return attempts;
    }

    /// <summary>Time left; frozen while the candidate is on a rest break.</summary>
    public TimeSpan Remaining(KnowledgeAttempt a) => a.SubmittedAt is not null ? TimeSpan.Zero
        : a.EndsAt - (a.BreakStartedAt ?? clock.GetUtcNow()) is var r && r > TimeSpan.Zero ? r : TimeSpan.Zero;

    /// <summary>A rest break stops the clock, for a candidate whose adjustments allow breaks.</summary>
    public async Task<bool> StartBreakAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (!a.RestBreaksAllowed || a.SubmittedAt is not null || a.BreakStartedAt is not null) return false;
        a.BreakStartedAt = clock.GetUtcNow();
        db.Audit("KnowledgeAttempt", a.Id, "BreakStarted", $"Rest break started with {Remaining(a):mm\\:ss} left");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A rest break longer than the adjustment allows ends at its limit: the clock starts again from then,
    /// whether or not the candidate has come back.</summary>
    private async Task EndBreakIfOverAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (a.BreakStartedAt is not { } started || a.MaxBreakSeconds <= 0 || clock.GetUtcNow() - started < TimeSpan.FromSeconds(a.MaxBreakSeconds)) return;
        (a.PausedSeconds, a.BreakStartedAt) = (a.PausedSeconds + a.MaxBreakSeconds, null);
        db.Audit("KnowledgeAttempt", a.Id, "BreakEnded", $"Rest break reached its limit of {a.MaxBreakSeconds / 60} minutes; the clock started again", at: started.AddSeconds(a.MaxBreakSeconds));
        await db.SaveChangesAsync(ct);
    }

    public async Task ResumeAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (a.BreakStartedAt is not { } started) return;
        var paused = (int)Math.Ceiling((clock.GetUtcNow() - started).TotalSeconds);
        (a.PausedSeconds, a.BreakStartedAt) = (a.PausedSeconds + paused, null);
        db.Audit("KnowledgeAttempt", a.Id, "Resumed", $"Resumed after a rest break of {paused / 60} minutes {paused % 60} seconds");
        await db.SaveChangesAsync(ct);
    }

    public async Task<QuestionView?> QuestionAsync(KnowledgeAttempt a, int position, CancellationToken ct)
    {
        var ids = a.Items;
        if (position < 1 || position > ids.Count) return null;
        var v = await db.KnowledgeItemVersions.AsNoTracking().Include(x => x.Case).SingleAsync(x => x.Id == ids[position - 1], ct);
        var answer = a.Answers.SingleOrDefault(x => x.Position == position);
        return new QuestionView(position, ids.Count, v.Type, v.Stem, KnowledgeItemVersion.Lines(v.Options), v.OptionsToChoose,
            answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response), answer?.Flagged ?? false, Remaining(a), v.Case);
    }

    /// <summary>Saves an answer before the response returns. Refused once the test has ended.</summary>
    public async Task<bool> SaveAsync(KnowledgeAttempt a, int position, IReadOnlyList<string> response, bool flagged, CancellationToken ct)
    {
        if (a.SubmittedAt is not null || a.BreakStartedAt is not null || position < 1 || position > a.Items.Count) return false;
        var answer = a.Answers.SingleOrDefault(x => x.Position == position);
        if (answer is null)
        {
            answer = new KnowledgeAnswer { AttemptId = a.Id, Position = position, Response = "" };
            a.Answers.Add(answer);
            db.KnowledgeAnswers.Add(answer);
        }
        var (text, at) = (string.Join("\n", response), clock.GetUtcNow());
        (answer.Response, answer.Flagged, answer.SavedAt) = (text, flagged, at);
        // An autosave and the page's own post for the same question can arrive together: the one that loses the race
        // for the row writes its answer onto the row the other saved (the later answer stands, as the candidate meant).
        return await db.SaveOrSettleAsync(async () =>
        {
            a.Answers.Remove(answer);
            answer = await db.KnowledgeAnswers.SingleAsync(x => x.AttemptId == a.Id && x.Position == position, ct);
            (answer.Response, answer.Flagged, answer.SavedAt) = (text, flagged, at);
            a.Answers.Add(answer);
            return true;
        }, ct);
    }

    public Task SubmitAsync(KnowledgeAttempt a, CancellationToken ct) => EndAsync(a, timedOut: false, ct);

    private async Task EndIfOverAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        if (a.SubmittedAt is null && a.BreakStartedAt is null && clock.GetUtcNow() >= a.EndsAt) await EndAsync(a, timedOut: true, ct);
    }

    /// <summary>Ends the sitting with what was saved and scores it against the item versions the candidate saw.</summary>
    private async Task EndAsync(KnowledgeAttempt a, bool timedOut, CancellationToken ct)
    {
        if (a.SubmittedAt is not null) return;
        var (score, max) = await ScoreAsync(db, a, ct);
        (a.SubmittedAt, a.TimedOut, a.Score, a.MaxScore) = (clock.GetUtcNow(), timedOut, score, max);
        db.Audit("KnowledgeAttempt", a.Id, timedOut ? "TimedOut" : "Submitted", $"Knowledge test {(timedOut ? "ended at time-out" : "submitted")}: {score:0.##} of {max:0.##}, pass mark {a.PassMark:0.##}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Scores a sitting against the keys of exactly the item versions it used, as they stand now.</summary>
    /// <summary>Also sets the sitting's section and area subscores.</summary>
    public static async Task<(decimal Score, decimal Max)> ScoreAsync(NaasDbContext db, KnowledgeAttempt a, CancellationToken ct)
    {
        var ids = a.Items;
        var versions = await db.KnowledgeItemVersions.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var answers = await db.KnowledgeAnswers.Where(x => x.AttemptId == a.Id).ToDictionaryAsync(x => x.Position, ct);
        var byArea = new SortedDictionary<string, (decimal Score, decimal Max)>();
        for (var i = 0; i < ids.Count; i++)
        {
            var v = versions[ids[i]];
            var s = ItemScoring.Score(KeyOf(v), ResponseOf(v, answers.TryGetValue(i + 1, out var ans) ? KnowledgeItemVersion.Lines(ans.Response) : []), v.ScoringRule);
            var cell = $"{(v.AppliedFor is null ? "General" : "Applied")}|{v.AreaId}";
            var (cs, cm) = byArea.GetValueOrDefault(cell);
            byArea[cell] = (cs + s.Score, cm + s.Max);
        }
        a.Subscores = string.Join("\n", byArea.Select(kv => $"{kv.Key}|{kv.Value.Score:0.####}|{kv.Value.Max:0.####}"));
        return (byArea.Values.Sum(x => x.Score), byArea.Values.Sum(x => x.Max));
    }

    /// <summary>Subscores read back: section, area, score, max.</summary>
    public static IReadOnlyList<(string Section, Guid AreaId, decimal Score, decimal Max)> Subscores(KnowledgeAttempt a) =>
        (a.Subscores ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|'))
            .Select(p => (p[0], Guid.Parse(p[1]), decimal.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public static ItemKey KeyOf(KnowledgeItemVersion v) => new(v.Type, KnowledgeItemVersion.Lines(v.Key), v.OptionsToChoose,
        v.Type == ItemType.MultiPart ? KnowledgeItemVersion.Lines(v.Options) : null);

    /// <summary>Responses are stored as option texts; multi-part ones as "statement=true|false".</summary>
    public static ItemResponse ResponseOf(KnowledgeItemVersion v, IReadOnlyList<string> lines) => v.Type == ItemType.MultiPart
        ? new ItemResponse([], lines.Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]))
        : new ItemResponse(lines);
}
