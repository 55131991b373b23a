using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Web.Features.Marking;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Results.Admin;

[
    RequestSizeLimit(Naas.Domain.Marking.EvidenceFormats.MaxBytes + 1024 * 1024),
    UploadLimit(Naas.Domain.Marking.EvidenceFormats.MaxBytes)
]
[RequestFormLimits(MultipartBodyLengthLimit = Naas.Domain.Marking.EvidenceFormats.MaxBytes + 1024 * 1024)]
public class AssessmentModel(
    AssessmentViews assessments,
    MarkRecorder marks,
    ResultsRelease releases,
    MarkerAssignments marking,
    MarkEvidenceStore evidence,
    Naas.Data.NaasDbContext db
) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Element { get; set; }

    [BindProperty]
    public string? Score { get; set; }

    [BindProperty]
    public string? Max { get; set; }

    [BindProperty]
    public string? PassMark { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? AssignElement { get; set; }

    [BindProperty]
    public string? Marker { get; set; }

    [BindProperty]
    public string? EvidenceElement { get; set; }
    public AssessmentView? View { get; private set; }
    public List<Naas.Data.Entities.MarkingAssignment> Assignments { get; private set; } = [];
    public List<Choice> Markers { get; private set; } = [];
    public List<Naas.Data.Entities.MarkEvidence> Evidence { get; private set; } = [];

    /// <summary>The elements marked outside the system that this assessment takes (kept ones are not marked
    /// again).</summary>
    public IReadOnlyList<Choice> OtherElements =>
        View!
            .Elements.Where(e => e.Element != AssessmentViews.Knowledge && View.Endorsement.Takes(e.Element))
            .Select(e => new Choice(e.Element, Words.Element(e.Element), e.Description))
            .ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if ((View = await assessments.ViewAsync(Id, ct)) is null)
            return false;
        Assignments = await marking.AssignmentsAsync(Id, ct);
        Markers = (await marking.MarkersAsync(View.Endorsement, ct))
            .Select(m => new Choice(m.UserId.ToString(), m.Name, m.NotIndependent))
            .ToList();
        Evidence = await db
            .MarkEvidence.Where(x => x.EndorsementId == Id)
            .OrderBy(x => x.Element)
            .ThenBy(x => x.UploadedAt)
            .ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await marking.AssignAsync(Id, AssignElement, Marker, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success($"Marker assigned for the {AssignElement} element. They have been told by email.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(
        [FromForm(Name = "Upload")] IFormFile? upload,
        CancellationToken ct
    )
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (EvidenceElement is null || OtherElements.All(e => e.Value != EvidenceElement))
            ModelState.AddModelError("EvidenceElement", "Select the element the evidence is for");
        if (upload is null || upload.Length == 0)
            ModelState.AddModelError(
                "Upload",
                $"Select a recording or written work ({Naas.Domain.Marking.EvidenceFormats.Allowed})"
            );
        if (!ModelState.IsValid)
            return Page();
        if (
            await evidence.AddEvidenceAsync(
                Id,
                EvidenceElement!,
                upload!.FileName,
                upload.Length,
                upload.OpenReadStream,
                Scope.ActorName,
                ct
            ) is
            { } problem
        )
        {
            ModelState.AddModelError("Upload", problem);
            return Page();
        }
        Success($"Evidence kept for the {EvidenceElement} element.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await marks.RecordAsync(Id, Element, Score, Max, PassMark, Scope.ActorName, ct, Feedback);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success($"Marks recorded for the {Element} element.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostKnowledgeAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (await marks.MarkKnowledgeAsync(Id, Scope.ActorName, ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }
        Success("The knowledge test has been marked against its form's pass mark.");
        return RedirectToPage();
    }

    /// <summary>True while the programme is asked to check the marks before releasing them.</summary>
    public bool ConfirmingRelease { get; private set; }

    /// <summary>Releasing is final (a change afterwards goes through an independent review), so the first press
    /// shows every mark to check and asks again; only a confirmed post releases.</summary>
    public async Task<IActionResult> OnPostReleaseAsync(bool confirmed, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var v = View!;
        if (!confirmed && v.Release is null && v.UnmarkedKnowledge is null && v.Elements.All(e => e.Mark is not null))
        {
            ConfirmingRelease = true;
            return Page();
        }
        var (release, problem) = await releases.ReleaseAsync(Id, Scope.ActorName, ct);
        if (release is null)
        {
            ModelState.AddModelError("", problem!);
            return Page();
        }
        Success(
            $"Results released: {Words.Outcome(release.Outcome).ToLowerInvariant()}. The candidate has been told first."
        );
        return RedirectToPage();
    }
}
