using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Marking;
using Naas.Domain.Written;
using Naas.Web.Features.Marking;

namespace Naas.Web.Features.Written;

/// <summary>
/// Blind marking of written scripts (issue 15, item 5). The programme gives each ended script to a marker by its
/// code; the marker reads only <see cref="BlindScript"/>, which carries the exercise, the answers and the criteria and
/// nothing of the candidate (no name, registration number, employer, other element or result). A marker who could
/// know the candidate (from the candidate's employer, or one of their observers) is refused. The marks become the
/// written element's mark through <see cref="MarkRecorder"/> with the adopted pass mark, or wait for one.
/// </summary>
public sealed class WrittenMarking(
    NaasDbContext db,
    WrittenSittings sittings,
    UserManager<ApplicationUser> users,
    CriterionMarkedResults results,
    TimeProvider clock
)
{
    /// <summary>A script as the programme sees it, with the candidate, its marker and whether it is in the
    /// results.</summary>
    public sealed record Row(
        WrittenSitting Sitting,
        string Candidate,
        string Registration,
        string? Marker,
        string State
    );

    /// <summary>A script as its blind marker sees it: nothing here names or points to the candidate.</summary>
    public sealed record BlindScript(
        Guid Id,
        string Code,
        string Title,
        string Instructions,
        string CaseInformation,
        IReadOnlyList<(int Number, string Prompt, int WordGuide, string Answer)> Tasks,
        IReadOnlyList<WrittenCriterion> Criteria,
        IReadOnlyDictionary<int, int> Marks,
        string? Feedback,
        DateTimeOffset? MarkedAt
    );

    public sealed record MarkerListRow(Guid Id, string Code, string Title, DateTimeOffset AssignedAt, bool Marked);

    public const string Ready = "Ready to record";

    /// <summary>Every script that has ended, newest first, with its state; sittings whose time ran out unseen are
    /// ended first.</summary>
    public async Task<List<Row>> ScriptsAsync(CancellationToken ct)
    {
        await sittings.EndOverdueAsync(ct);
        var rows = await db
            .WrittenSittings.AsNoTracking()
            .Include(s => s.Exercise)
            .Where(s => s.SubmittedAt != null)
            .Join(db.SocialWorkers, s => s.SocialWorkerId, p => p.Id, (s, p) => new { s, p })
            .ToListAsync(ct);
        var markerIds = rows.Select(r => r.s.MarkerUserId).OfType<Guid>().Distinct().ToList();
        var names = await db
            .Users.AsNoTracking()
            .Where(u => markerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var list = new List<Row>();
        foreach (var r in rows.OrderByDescending(r => r.s.SubmittedAt))
        {
            var state =
                r.s.ElementMarkId is not null ? "In the results"
                : r.s.MarkedAt is not null ? await WaitingReasonAsync(r.s, ct) ?? Ready
                : r.s.MarkerUserId is not null ? "With its marker"
                : "To assign";
            list.Add(
                new Row(
                    r.s,
                    r.p.FullName,
                    r.p.RegistrationNumber,
                    r.s.MarkerUserId is { } m ? names.GetValueOrDefault(m) : null,
                    state
                )
            );
        }
        return list;
    }

    /// <summary>The people who may mark blind: trained markers (the assessor role).</summary>
    public async Task<List<ApplicationUser>> MarkersAsync() =>
        (await users.GetUsersInRoleAsync(Roles.Assessor)).OrderBy(u => u.DisplayName).ToList();

    /// <summary>Gives an ended, unmarked script to a marker who cannot know whose it is.</summary>
    public async Task<string?> AssignAsync(Guid sittingId, string? markerUserId, CancellationToken ct)
    {
        var sitting = await db.WrittenSittings.SingleOrDefaultAsync(s => s.Id == sittingId, ct);
        if (sitting is null)
            return "There is no such script";
        if (sitting.SubmittedAt is null)
            return "This script is still being written: it can be given to a marker once it has ended";
        if (sitting.MarkedAt is not null)
            return $"Script {sitting.Code} has been marked: it cannot be given to another marker";
        if (!Guid.TryParse(markerUserId, out var markerId))
            return "Select a marker";
        var marker = await users.FindByIdAsync(markerId.ToString());
        if (marker is null || !await users.IsInRoleAsync(marker, Roles.Assessor))
            return "Select a marker from the list: only trained markers mark written scripts";
        var endorsement = await db
            .Endorsements.AsNoTracking()
            .Where(e => e.Id == sitting.EndorsementId)
            .Select(e => new { e.OrganisationId })
            .SingleAsync(ct);
        if (marker.OrganisationId == endorsement.OrganisationId)
            return $"{marker.DisplayName} works for the candidate's employer: a blind marker must not be able to know whose script it is";
        // An observer of any of the candidate's simulations has met them.
        var asObserver = await db
            .Observers.IgnoreQueryFilters()
            .Where(o => o.UserId == markerId)
            .Select(o => (Guid?)o.Id)
            .ToListAsync(ct);
        var observed =
            asObserver.Count > 0
            && await db
                .SimulationSessions.IgnoreQueryFilters()
                .AnyAsync(
                    s =>
                        s.SocialWorkerId == sitting.SocialWorkerId
                        && (asObserver.Contains(s.LeadObserverId) || asObserver.Contains(s.SecondObserverId)),
                    ct
                );
        if (observed)
            return $"{marker.DisplayName} observed this candidate's simulations: a blind marker must not be able to know whose script it is";
        (sitting.MarkerUserId, sitting.AssignedAt) = (markerId, clock.GetUtcNow());
        db.Record(new WrittenScriptAssigned(sitting.Id, sitting.SocialWorkerId, sitting.Code, marker.DisplayName));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The marker's own scripts, by code only.</summary>
    public Task<List<MarkerListRow>> AssignedAsync(Guid markerUserId, CancellationToken ct) =>
        db
            .WrittenSittings.AsNoTracking()
            .Where(s => s.MarkerUserId == markerUserId)
            .OrderByDescending(s => s.AssignedAt)
            .Select(s => new MarkerListRow(s.Id, s.Code, s.Exercise!.Title, s.AssignedAt!.Value, s.MarkedAt != null))
            .ToListAsync(ct);

    /// <summary>One script for the marker it is given to; null for anyone else (so someone else's id is a
    /// 404).</summary>
    public async Task<BlindScript?> ScriptAsync(Guid id, Guid markerUserId, CancellationToken ct)
    {
        var s = await db
            .WrittenSittings.AsNoTracking()
            .Include(x => x.Answers)
            .Include(x => x.Marks)
            .Include(x => x.Exercise)
                .ThenInclude(e => e!.Tasks)
            .Include(x => x.Exercise)
                .ThenInclude(e => e!.Criteria)
            .SingleOrDefaultAsync(x => x.Id == id && x.MarkerUserId == markerUserId && x.SubmittedAt != null, ct);
        if (s is null)
            return null;
        var e = s.Exercise!;
        return new BlindScript(
            s.Id,
            s.Code,
            e.Title,
            e.Instructions,
            e.CaseInformation,
            e.Tasks.OrderBy(t => t.Number)
                .Select(t =>
                    (t.Number, t.Prompt, t.WordGuide, s.Answers.SingleOrDefault(a => a.Task == t.Number)?.Text ?? "")
                )
                .ToList(),
            e.Criteria.OrderBy(c => c.Number).ToList(),
            s.Marks.ToDictionary(m => m.Criterion, m => m.Marks),
            s.Feedback,
            s.MarkedAt
        );
    }

    /// <summary>The marker's marks and feedback, checked, kept per criterion, and put into the results when a pass
    /// mark is adopted, in one save.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> MarkAsync(
        Guid id,
        Guid markerUserId,
        IReadOnlyDictionary<int, string?> entered,
        string? feedback,
        string actor,
        CancellationToken ct
    )
    {
        var sitting = await db
            .WrittenSittings.Include(s => s.Exercise)
                .ThenInclude(e => e!.Criteria)
            .SingleOrDefaultAsync(s => s.Id == id && s.MarkerUserId == markerUserId && s.SubmittedAt != null, ct);
        if (sitting is null)
            return [("", "This script is not given to you")];
        if (sitting.MarkedAt is not null)
            return [("", $"You have marked script {sitting.Code}: a change now goes through the programme")];
        var criteria = sitting
            .Exercise!.Criteria.OrderBy(c => c.Number)
            .Select(c => new CriterionMarks.Criterion(c.Number, c.Text, c.MaxMarks))
            .ToList();
        var (score, max, problems) = CriterionMarks.Check(criteria, entered, feedback);
        if (problems.Count > 0)
            return problems;
        foreach (var c in criteria)
            db.WrittenCriterionMarks.Add(
                new WrittenCriterionMark
                {
                    SittingId = sitting.Id,
                    Criterion = c.Number,
                    Marks = int.Parse(entered[c.Number]!.Trim()),
                }
            );
        (sitting.MarkedAt, sitting.Score, sitting.MaxScore, sitting.Feedback) = (
            clock.GetUtcNow(),
            score,
            max,
            feedback!.Trim()
        );
        db.Record(new WrittenScriptMarked(sitting.Id, sitting.SocialWorkerId, sitting.Code, score, max));
        await StageIfReadyAsync(sitting, actor, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Why a marked script is not in the results yet, or null when nothing holds it back.</summary>
    private async Task<string?> WaitingReasonAsync(WrittenSitting s, CancellationToken ct) =>
        (await results.PlanAsync(s.EndorsementId, WrittenExercise.Kind, s.MaxScore ?? 0, ct)).Waiting;

    /// <summary>Adds the element mark for a marked script if a pass mark allows, without saving.</summary>
    private async Task<bool> StageIfReadyAsync(WrittenSitting s, string actor, CancellationToken ct)
    {
        if (s.MarkedAt is null || s.ElementMarkId is not null)
            return false;
        var mark = await results.StageIfReadyAsync(
            s.EndorsementId,
            WrittenExercise.Kind,
            s.Score!.Value,
            s.MaxScore!.Value,
            $"Written exercise {s.Code}, marked blind",
            s.Feedback,
            actor,
            ct
        );
        s.ElementMarkId = mark?.Id;
        return mark is not null;
    }

    /// <summary>Records every marked script that has become ready (after a pass mark is adopted); returns how
    /// many.</summary>
    public async Task<int> RecordReadyAsync(string actor, CancellationToken ct)
    {
        var ids = await db
            .WrittenSittings.Where(s => s.MarkedAt != null && s.ElementMarkId == null)
            .Select(s => s.Id)
            .ToListAsync(ct);
        var recorded = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var s = await db.WrittenSittings.SingleAsync(x => x.Id == id, ct);
            if (await StageIfReadyAsync(s, actor, ct))
            {
                await db.SaveChangesAsync(ct);
                recorded++;
            }
        }
        return recorded;
    }
}
