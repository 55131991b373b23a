using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Marking;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking.Marker;

[RequestSizeLimit(EvidenceFormats.MaxBytes + 1024 * 1024), UploadLimit(EvidenceFormats.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFormats.MaxBytes + 1024 * 1024)]
public class TaskModel(MarkerTasks marking, MarkEvidenceStore evidence) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Score { get; set; }

    [BindProperty]
    public string? Max { get; set; }

    [BindProperty]
    public string? PassMark { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }
    public MarkerTask? Assigned { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Assigned = await marking.TaskAsync(Id, UserId, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if ((Assigned = await marking.TaskAsync(Id, UserId, ct)) is null)
            return NotFound();
        var problems = await marking.MarkAsync(Id, UserId, Score, Max, PassMark, Feedback, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success($"Marks recorded for the {Assigned.Assignment.Element} element.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(
        [FromForm(Name = "Upload")] IFormFile? upload,
        CancellationToken ct
    )
    {
        if ((Assigned = await marking.TaskAsync(Id, UserId, ct)) is null)
            return NotFound();
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("Upload", $"Select a recording or written work ({EvidenceFormats.Allowed})");
            return Page();
        }
        // The assignment was checked above: it is what lets the marker add evidence across scopes.
        if (
            await evidence.AddEvidenceAsync(
                Assigned.Assignment.EndorsementId,
                Assigned.Assignment.Element,
                upload.FileName,
                upload.Length,
                upload.OpenReadStream,
                Scope.ActorName,
                ct,
                crossScope: true
            ) is
            { } problem
        )
        {
            ModelState.AddModelError("Upload", problem);
            return Page();
        }
        Success("Evidence kept for an independent reviewer.");
        return RedirectToPage();
    }
}
