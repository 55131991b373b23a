using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Features.Results;

namespace Naas.Web.Features.Marking;

/// <summary>One assignment as its marker sees it: whose assessment, which element, the mark they recorded (if any)
/// and the evidence attached. Nothing of the assessment's other elements.</summary>
public sealed record MarkerTask(
    MarkingAssignment Assignment,
    SocialWorker Person,
    StatusLevel Level,
    string Description,
    ElementMark? Mark,
    bool Released,
    IReadOnlyList<MarkEvidence> Evidence
);

/// <summary>A marker's own work: the assignments given to them and each one's element, marked through
/// <see cref="MarkRecorder"/> so a marker's mark gets exactly the checks and audit every other mark does.</summary>
public sealed class MarkerTasks(NaasDbContext db, AssessmentViews assessments, MarkRecorder marks)
{
    /// <summary>This marker's assignments, newest first (the query filter scopes them to their own).</summary>
    /// The marker's account is outside every candidate's scope; the assignment is what lets them read the name.
    public async Task<
        List<(MarkingAssignment Assignment, SocialWorker Person, bool Marked, bool Released)>
    > AssignedAsync(Guid markerUserId, CancellationToken ct)
    {
        var rows = await db
            .MarkingAssignments.AsNoTracking()
            .Where(a => a.AssessorUserId == markerUserId)
            .Join(
                db.SocialWorkers.IgnoreQueryFilters(),
                a => a.SocialWorkerId,
                p => p.Id,
                (a, p) =>
                    new
                    {
                        a,
                        p,
                        Marked = db
                            .ElementMarks.IgnoreQueryFilters()
                            .Any(m =>
                                m.EndorsementId == a.EndorsementId && m.Element == a.Element && m.SupersededAt == null
                            ),
                        Released = db.ResultReleases.IgnoreQueryFilters().Any(r => r.EndorsementId == a.EndorsementId),
                    }
            )
            .OrderByDescending(x => x.a.AssignedAt)
            .ToListAsync(ct);
        return rows.Select(x => (x.a, x.p, x.Marked, x.Released)).ToList();
    }

    /// <summary>The task of the marker it is assigned to; null for anyone else (so someone else's id is a
    /// 404).</summary>
    public async Task<MarkerTask?> TaskAsync(Guid assignmentId, Guid markerUserId, CancellationToken ct)
    {
        var a = await db
            .MarkingAssignments.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == assignmentId && x.AssessorUserId == markerUserId, ct);
        if (a is null)
            return null;
        // Checked above: this marker is assigned this element, which is what lets them read it across scopes.
        var view = await assessments.ViewAsync(a.EndorsementId, ct, crossScope: true);
        if (view is null)
            return null;
        var element = view.Elements.SingleOrDefault(x => x.Element == a.Element);
        var evidence = await db
            .MarkEvidence.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(x => x.EndorsementId == a.EndorsementId && x.Element == a.Element)
            .OrderBy(x => x.UploadedAt)
            .ToListAsync(ct);
        return new MarkerTask(
            a,
            view.Person,
            view.Endorsement.Level,
            element.Description ?? a.Element,
            element.Mark,
            view.Release is not null,
            evidence
        );
    }

    /// <summary>The assigned marker records the element's marks: the same checks and audit as every other
    /// path.</summary>
    public async Task<List<(string Field, string Message)>> MarkAsync(
        Guid assignmentId,
        Guid markerUserId,
        string? score,
        string? max,
        string? passMark,
        string? feedback,
        string actor,
        CancellationToken ct
    )
    {
        var a = await db
            .MarkingAssignments.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == assignmentId && x.AssessorUserId == markerUserId, ct);
        if (a is null)
            return [("", "This assessment is not assigned to you")];
        return await marks.RecordAsync(
            a.EndorsementId,
            a.Element,
            score,
            max,
            passMark,
            actor,
            ct,
            feedback,
            crossScope: true,
            source: "Recorded by the assigned marker"
        );
    }
}
