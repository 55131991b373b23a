using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Observation;
using Naas.Domain.Scenarios;

namespace Naas.Web.Features.Observation;

/// <summary>What an observer reads and scores: the sessions they are given, and their sheet for one, saved as often as
/// they like and submitted once.</summary>
public sealed class ObservationSheets(
    NaasDbContext db,
    TimeProvider clock,
    DoubleMarking doubleMarking,
    SimulationResults results
)
{
    /// <summary>A session as its observer sees it: the candidate, the scenario version's guide and their own sheet.</summary>
    public sealed record Opened(
        SimulationSession Session,
        Observer Observer,
        SimulationRole Role,
        string Candidate,
        ScenarioVersion Scenario,
        ObservationSheet? Sheet
    );

    public enum Outcome
    {
        Saved,
        Conflict,
        Submitted,
        Locked,
        Invalid,
    }

    public sealed record SaveResult(
        Outcome Outcome,
        int Revision,
        IReadOnlyList<(string Field, string Message)> Problems,
        ObservationSheet? Current
    );

    /// <summary>The sessions this signed-in observer is given, soonest first.</summary>
    public async Task<List<(SimulationSession Session, SimulationRole Role, bool Submitted)>> MineAsync(
        Guid userId,
        CancellationToken ct
    )
    {
        var me = await db.Observers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Id).ToListAsync(ct);
        var sessions = await db
            .SimulationSessions.AsNoTracking()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.ScenarioVersion)
                .ThenInclude(v => v!.Scenario)
            .Where(s =>
                (s.LeadObserverId != null && me.Contains(s.LeadObserverId.Value))
                || (s.SecondObserverId != null && me.Contains(s.SecondObserverId.Value))
            )
            .ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var submitted = await db
            .ObservationSheets.Where(x =>
                ids.Contains(x.SessionId) && me.Contains(x.ObserverId) && x.SubmittedAt != null
            )
            .Select(x => x.SessionId)
            .ToListAsync(ct);
        return sessions
            .OrderBy(s => s.StartsAt)
            .Select(s =>
                (
                    s,
                    s.LeadObserverId is { } l && me.Contains(l)
                        ? SimulationRole.LeadObserver
                        : SimulationRole.SecondObserver,
                    submitted.Contains(s.Id)
                )
            )
            .ToList();
    }

    /// <summary>The session and the caller's own sheet, or null when the caller is not one of its observers: another
    /// observer's session is not found, as anyone else's record is.</summary>
    public async Task<Opened?> OpenAsync(Guid sessionId, Guid userId, CancellationToken ct, bool track = false)
    {
        var session = await db
            .SimulationSessions.AsNoTracking()
            .Include(s => s.Day)
            .SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
            return null;
        var observer = await db
            .Observers.AsNoTracking()
            .SingleOrDefaultAsync(
                o => o.UserId == userId && (o.Id == session.LeadObserverId || o.Id == session.SecondObserverId),
                ct
            );
        if (observer is null || session.SocialWorkerId is not { } candidateId)
            return null;
        var role = observer.Id == session.LeadObserverId ? SimulationRole.LeadObserver : SimulationRole.SecondObserver;
        // The observer is in the room with the candidate; the sheet names them. Read across scope on the
        // assignment's authority, as a marker's task is.
        var candidate = await db
            .SocialWorkers.IgnoreQueryFilters()
            .Where(p => p.Id == candidateId)
            .Select(p => p.GivenName + " " + p.FamilyName)
            .SingleAsync(ct);
        var scenario = await db
            .ScenarioVersions.AsNoTracking()
            .Include(v => v.Scenario)
            .SingleAsync(v => v.Id == session.ScenarioVersionId, ct);
        var sheets = db.ObservationSheets.Where(x => x.SessionId == sessionId && x.ObserverId == observer.Id);
        var sheet = await (track ? sheets : sheets.AsNoTracking()).SingleOrDefaultAsync(ct);
        return new Opened(session, observer, role, candidate, scenario, sheet);
    }

    /// <summary>Saves what the observer has so far, if it was made from the revision stored; a save from an older
    /// revision (another device saved since) is a conflict and changes nothing.</summary>
    public async Task<SaveResult> SaveAsync(
        Opened opened,
        SheetContent content,
        int savedFrom,
        string? device,
        bool submit,
        string actorName,
        CancellationToken ct
    )
    {
        var sheet = opened.Sheet;
        var stored = sheet?.Revision ?? 0;
        if (sheet?.SubmittedAt is not null)
            return new SaveResult(Outcome.Locked, stored, [], sheet);
        if (SheetRevisions.IsConflict(stored, savedFrom))
            return new SaveResult(Outcome.Conflict, stored, [], sheet);
        var criteria = opened.Scenario.Criteria.Count;
        var problems = submit ? content.ValidateSubmission(criteria) : content.ValidateDraft(criteria);
        if (problems.Count > 0)
            return new SaveResult(Outcome.Invalid, stored, problems, sheet);
        if (sheet is null)
        {
            sheet = new ObservationSheet
            {
                SessionId = opened.Session.Id,
                ObserverId = opened.Observer.Id,
                Role = opened.Role,
            };
            db.ObservationSheets.Add(sheet);
        }
        sheet.Ratings = content
            .Ratings.Where(r => r.Level is not null || !string.IsNullOrWhiteSpace(r.Evidence))
            .OrderBy(r => r.Criterion)
            .Select(r => new SheetRating(r.Criterion, r.Level?.ToString(), r.Evidence?.Trim()))
            .ToList();
        sheet.Global = content.Global;
        sheet.Notes = string.IsNullOrWhiteSpace(content.Notes) ? null : content.Notes.Trim();
        sheet.Revision = stored + 1;
        sheet.UpdatedAt = clock.GetUtcNow();
        sheet.UpdatedOn = string.IsNullOrWhiteSpace(device)
            ? "form"
            : device.Trim()[..Math.Min(60, device.Trim().Length)];
        if (submit)
        {
            sheet.SubmittedAt = clock.GetUtcNow();
            db.Record(
                new SheetSubmitted(
                    sheet.Id,
                    opened.Session.Id,
                    opened.Session.SocialWorkerId!.Value,
                    actorName,
                    opened.Role,
                    content.Score,
                    criteria * (int)CriterionLevel.StronglyShown,
                    content.Global!.Value.Name()
                )
            );
            await doubleMarking.SettleIfAgreedAsync(opened.Session, sheet, criteria, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another device saved (or created the sheet) between this one reading and writing it.
            db.ChangeTracker.Clear();
            var current = await db
                .ObservationSheets.AsNoTracking()
                .SingleOrDefaultAsync(x => x.SessionId == opened.Session.Id && x.ObserverId == opened.Observer.Id, ct);
            return new SaveResult(Outcome.Conflict, current?.Revision ?? 0, [], current);
        }
        if (submit && opened.Session.EndorsementId is { } endorsementId)
            await results.RecordIfReadyAsync(endorsementId, "The service, from the observers' agreed outcomes", ct);
        return new SaveResult(submit ? Outcome.Submitted : Outcome.Saved, sheet.Revision, [], sheet);
    }

    /// <summary>Corrects a submitted sheet, with the observer's reason, recorded with the scores before and after;
    /// only while the simulation has no outcome (after it, a change goes through moderation or an independent review).
    /// If the other observer's sheet is in, the pair is compared again in the same save.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CorrectAsync(
        Opened opened,
        SheetContent content,
        string? reason,
        string actorName,
        CancellationToken ct
    )
    {
        var sheet = opened.Sheet;
        if (sheet?.SubmittedAt is null)
            return [("", "Only a submitted sheet is corrected: save or submit this one instead")];
        // Across scope: whether the simulation has an outcome is the service's to know, not the observer's to read.
        if (await db.SimulationOutcomes.IgnoreQueryFilters().AnyAsync(o => o.SessionId == opened.Session.Id, ct))
            return
            [
                (
                    "",
                    "The simulation's outcome has been decided from both sheets: a change now goes through the programme's moderation or an independent review"
                ),
            ];
        var criteria = opened.Scenario.Criteria.Count;
        var problems = content.ValidateSubmission(criteria).ToList();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
            problems.Add(
                (
                    "Reason",
                    "Say why you are correcting the sheet (at least 10 characters): it is recorded with the correction"
                )
            );
        else if (reason.Trim().Length > 2000)
            problems.Add(("Reason", "The reason must be 2,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var before = (DoubleMarking.Score(sheet), sheet.Global!.Value);
        sheet.Ratings = content
            .Ratings.OrderBy(r => r.Criterion)
            .Select(r => new SheetRating(r.Criterion, r.Level?.ToString(), r.Evidence?.Trim()))
            .ToList();
        sheet.Global = content.Global;
        sheet.Notes = string.IsNullOrWhiteSpace(content.Notes) ? null : content.Notes.Trim();
        sheet.Revision++;
        sheet.UpdatedAt = clock.GetUtcNow();
        sheet.UpdatedOn = "correction";
        db.Record(
            new SheetCorrected(
                sheet.Id,
                opened.Session.Id,
                opened.Session.SocialWorkerId!.Value,
                actorName,
                before.Item1,
                content.Score,
                before.Item2,
                content.Global!.Value,
                reason!.Trim()
            )
        );
        await doubleMarking.SettleIfAgreedAsync(opened.Session, sheet, criteria, ct);
        await db.SaveChangesAsync(ct);
        if (opened.Session.EndorsementId is { } endorsementId)
            await results.RecordIfReadyAsync(endorsementId, "The service, from the observers' agreed outcomes", ct);
        return [];
    }

    /// <summary>The sheet's content from the fields of its form (LevelN, EvidenceN, Global, Notes), as posted by the
    /// page or its script.</summary>
    public static SheetContent Read(Microsoft.AspNetCore.Http.IFormCollection form, int criteria)
    {
        var ratings = new List<CriterionRating>();
        for (var c = 1; c <= criteria; c++)
        {
            CriterionLevel? level =
                Enum.TryParse<CriterionLevel>(form[$"Level{c}"].FirstOrDefault(), out var l) && Enum.IsDefined(l)
                    ? l
                    : null;
            ratings.Add(new CriterionRating(c, level, form[$"Evidence{c}"].FirstOrDefault()));
        }
        GlobalJudgement? global =
            Enum.TryParse<GlobalJudgement>(form["Global"].FirstOrDefault(), out var g) && Enum.IsDefined(g) ? g : null;
        return new SheetContent(ratings, global, form["Notes"].FirstOrDefault());
    }
}
