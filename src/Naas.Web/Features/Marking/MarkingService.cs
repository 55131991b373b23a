using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Marking;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Domain.Workforce;
using Naas.Web.Features.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking;

public sealed record MarkerChoice(Guid UserId, string Name, string? NotIndependent);

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

/// <summary>Authorised markers (the Assessor role) assigned by the programme to one element of one assessment, and the
/// evidence (recordings, written work) kept for an independent reviewer. Marks go through MarkRecorder, so a
/// marker's mark gets exactly the validation and audit an administrator's or an import's does.</summary>
public sealed class MarkingService(
    NaasDbContext db,
    AssessmentViews assessments,
    MarkRecorder marks,
    IFileStore files,
    TimeProvider clock
)
{
    /// <summary>Users with the Assessor role, each with why they may not mark this assessment (not
    /// independent).</summary>
    public async Task<List<MarkerChoice>> MarkersAsync(Endorsement e, CancellationToken ct)
    {
        var markers = await db.UsersInRole(Roles.Assessor)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.OrganisationId,
            })
            .ToListAsync(ct);
        var today = clock.Today();
        var employers = await db
            .Engagements.IgnoreQueryFilters()
            .Where(x => x.SocialWorkerId == e.SocialWorkerId && x.Start <= today && (x.End == null || x.End >= today))
            .Select(x => x.OrganisationId)
            .ToListAsync(ct);
        return markers
            .OrderBy(m => m.DisplayName)
            .Select(m => new MarkerChoice(
                m.Id,
                m.DisplayName,
                MarkingRules.Independence(m.OrganisationId, e.OrganisationId, employers)
            ))
            .ToList();
    }

    public async Task<List<MarkingAssignment>> AssignmentsAsync(Guid endorsementId, CancellationToken ct) =>
        await db.MarkingAssignments.AsNoTracking().Where(a => a.EndorsementId == endorsementId).ToListAsync(ct);

    /// <summary>Assigns (or reassigns) the marker of one element, by the programme; the marker is told by
    /// email.</summary>
    public async Task<List<(string Field, string Message)>> AssignAsync(
        Guid endorsementId,
        string? element,
        string? marker,
        string actor,
        CancellationToken ct
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct);
        if (view is null)
            return [("", "There is no such assessment")];
        if (view.Release is not null)
            return
            [
                ("", "Results for this assessment have been released: a change now goes through an independent review"),
            ];
        var problems = new List<(string, string)>();
        if (element is null || element == AssessmentViews.Knowledge || view.Elements.All(x => x.Element != element))
            problems.Add(("AssignElement", "Select the element to be marked"));
        else if (!view.Endorsement.Takes(element))
            problems.Add(
                (
                    "AssignElement",
                    $"The {Infrastructure.Words.Element(element!).ToLowerInvariant()} result is kept from the earlier assessment, so it is not marked again (¶75)"
                )
            );
        var choices = await MarkersAsync(view.Endorsement, ct);
        var chosen = Guid.TryParse(marker, out var id) ? choices.SingleOrDefault(c => c.UserId == id) : null;
        if (chosen is null)
            problems.Add(("Marker", "Select a marker"));
        else if (chosen.NotIndependent is { } why)
            problems.Add(("Marker", why));
        if (problems.Count > 0)
            return problems;
        var existing = await db.MarkingAssignments.SingleOrDefaultAsync(
            a => a.EndorsementId == endorsementId && a.Element == element,
            ct
        );
        if (existing?.AssessorUserId == chosen!.UserId)
            return [("Marker", $"{chosen.Name} is already the marker of this element")];
        if (existing is not null)
            db.MarkingAssignments.Remove(existing);
        var assignment = new MarkingAssignment
        {
            EndorsementId = endorsementId,
            SocialWorkerId = view.Person.Id,
            Element = element!,
            AssessorUserId = chosen.UserId,
            AssessorName = chosen.Name,
            AssignedAt = clock.GetUtcNow(),
            AssignedBy = actor,
        };
        db.MarkingAssignments.Add(assignment);
        db.Record(
            new MarkerAssigned(
                assignment.Id,
                view.Person.Id,
                endorsementId,
                view.Person.RegistrationNumber,
                element!,
                chosen.UserId,
                chosen.Name,
                existing?.AssessorName
            ),
            view.Endorsement.OrganisationId
        );
        if (
            await db.Users.Where(u => u.Id == chosen.UserId).Select(u => u.Email).SingleAsync(ct) is
            { Length: > 0 } email
        )
            db.Email(
                clock,
                email,
                "You have an assessment to mark",
                $"You have been assigned the {element} element of an assessment. Sign in and go to Marking."
            );
        if (
            existing is not null
            && await db.Users.Where(u => u.Id == existing.AssessorUserId).Select(u => u.Email).SingleOrDefaultAsync(ct)
                is { Length: > 0 } was
        )
            db.Email(
                clock,
                was,
                "An assessment has been given to another marker",
                $"The {element} element you were assigned has been given to another marker. You do not need to mark it."
            );
        await db.SaveChangesAsync(ct);
        return [];
    }

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

    /// <summary>Keeps an evidence file for an element: checked against its format, hashed, stored, audited.</summary>
    /// <param name="open">Opens the upload from its start; called twice (the format check, then the copy), as an
    /// uploaded form file allows.</param>
    public async Task<string?> AddEvidenceAsync(
        Guid endorsementId,
        string element,
        string fileName,
        long length,
        Func<Stream> open,
        string actor,
        CancellationToken ct,
        bool crossScope = false
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct, crossScope);
        if (view is null)
            return "There is no such assessment";
        if (view.Release is not null)
            return "Results for this assessment have been released: evidence can no longer be added";
        if (element == AssessmentViews.Knowledge || view.Elements.All(x => x.Element != element))
            return "Evidence is kept for observation, written and reflective elements only";
        var header = new byte[16];
        int read;
        await using (var start = open())
            read = await start.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var (format, problem) = EvidenceFormats.Check(fileName, header.AsSpan(0, read), length);
        if (problem is not null)
            return problem;
        var evidence = new MarkEvidence
        {
            EndorsementId = endorsementId,
            SocialWorkerId = view.Person.Id,
            Element = element,
            Kind = format!.Kind,
            ContentType = format.ContentType,
            FileName = SafeName(fileName, format.Extension),
            Bytes = length,
            Sha256 = "",
            StorageKey = "",
            UploadedBy = actor,
            UploadedAt = clock.GetUtcNow(),
        };
        evidence.StorageKey = $"evidence/{endorsementId:N}/{evidence.Id:N}{format.Extension}";
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(open(), sha, CryptoStreamMode.Read))
            await files.SaveAsync(evidence.StorageKey, hashing, ct);
        evidence.Sha256 = Convert.ToHexStringLower(sha.Hash!);
        db.MarkEvidence.Add(evidence);
        db.Record(
            new EvidenceAdded(
                evidence.Id,
                view.Person.Id,
                endorsementId,
                view.Person.RegistrationNumber,
                element,
                format.Name,
                evidence.FileName,
                length,
                evidence.Sha256
            ),
            view.Endorsement.OrganisationId
        );
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Evidence a caller may open: the programme any; a marker their assigned element's; a reviewer the
    /// assessment under their review. Null for everyone else, so another's id is a 404.</summary>
    public async Task<(MarkEvidence Evidence, Stream Content)?> OpenEvidenceAsync(
        Guid evidenceId,
        System.Security.Claims.ClaimsPrincipal user,
        CancellationToken ct
    )
    {
        var ev = await db
            .MarkEvidence.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == evidenceId, ct);
        if (ev is null)
            return null;
        var userId = user.UserId();
        var allowed =
            user.IsInRole(Roles.ProgrammeAdministrator)
            || (
                user.IsInRole(Roles.Assessor)
                && await db
                    .MarkingAssignments.IgnoreQueryFilters()
                    .AnyAsync(
                        a =>
                            a.EndorsementId == ev.EndorsementId
                            && a.Element == ev.Element
                            && a.AssessorUserId == userId,
                        ct
                    )
            )
            || (
                user.IsInRole(Roles.IndependentReviewer)
                && await db
                    .ReviewRequests.IgnoreQueryFilters()
                    .AnyAsync(
                        r =>
                            r.EndorsementId == ev.EndorsementId
                            && r.ReviewerUserId == userId
                            && r.State == ReviewState.UnderReview,
                        ct
                    )
            );
        if (!allowed || await files.OpenAsync(ev.StorageKey, ct) is not { } stream)
            return null;
        return (ev, stream);
    }

    private static string SafeName(string fileName, string extension)
    {
        var stem = new string(
            Path.GetFileNameWithoutExtension(fileName)
                .Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' ? c : '-')
                .ToArray()
        ).Trim();
        if (stem.Length > 100)
            stem = stem[..100];
        return (stem.Length == 0 ? "evidence" : stem) + extension;
    }
}
