using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking.Admin;

[
    RequestSizeLimit(MarksImporter.MaxBytes + 64 * 1024),
    RequestFormLimits(MultipartBodyLengthLimit = MarksImporter.MaxBytes + 64 * 1024),
    UploadLimit(MarksImporter.MaxBytes)
]
public class ImportModel(MarksImporter importer) : NaasPage
{
    public MarksPreview? Preview { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("Upload", "Select a CSV or XLSX file of marks");
            return Page();
        }
        if (upload.Length > MarksImporter.MaxBytes)
        {
            ModelState.AddModelError(
                "Upload",
                $"The selected file must be smaller than {MarksImporter.MaxBytes / (1024 * 1024)} MB"
            );
            return Page();
        }
        await using var stream = upload.OpenReadStream();
        Preview = await importer.PreviewAsync(UserId, upload.FileName, stream, ct);
        if (Preview.Problems.Count > 0)
            ModelState.AddModelError(
                "Upload",
                Naas.Web.Infrastructure.Import.ImportProblemReport.From(Preview.Problems).Summary()
            );
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid journeyId, CancellationToken ct)
    {
        var result = await importer.ConfirmAsync(journeyId, UserId, Scope.ActorName, ct);
        if (result is null)
            return NotFound();
        if (result.Problems.Count > 0)
        {
            Preview = result;
            ModelState.AddModelError(
                "Upload",
                Naas.Web.Infrastructure.Import.ImportProblemReport.From(result.Problems).Summary()
            );
            return Page();
        }
        Success($"Import complete: {Words.Count(result.Marks.Count, "mark")} recorded.");
        return Redirect(ResultsLinks.Admin());
    }
}
