using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Features.Workforce.Employer;

[
    RequestSizeLimit(WorkforceFile.MaxBytes + 64 * 1024),
    RequestFormLimits(MultipartBodyLengthLimit = WorkforceFile.MaxBytes + 64 * 1024),
    UploadLimit(WorkforceFile.MaxBytes)
]
public class ImportModel(WorkforceImporter importer, WorkforceUpserts workforce) : NaasPage
{
    public ImportPreview? Preview { get; private set; }
    public IReadOnlyList<string> FunctionCodes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        FunctionCodes = (await workforce.FunctionCodesAsync(ct)).Order().ToList();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        FunctionCodes = (await workforce.FunctionCodesAsync(ct)).Order().ToList();
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("Upload", "Select a CSV or XLSX file");
            return Page();
        }
        if (upload.Length > WorkforceFile.MaxBytes)
        {
            ModelState.AddModelError(
                "Upload",
                $"The selected file must be smaller than {WorkforceFile.MaxBytes / (1024 * 1024)} MB"
            );
            return Page();
        }
        await using var stream = upload.OpenReadStream();
        Preview = await importer.PreviewAsync(OrganisationId, UserId, upload.FileName, stream, ct);
        if (Preview.Problems.Count > 0)
            ModelState.AddModelError("Upload", ImportProblemReport.From(Preview.Problems).Summary());
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid journeyId, CancellationToken ct)
    {
        var result = await importer.ConfirmAsync(journeyId, OrganisationId, UserId, ct);
        if (result is null)
            return NotFound();
        if (result.Problems.Count > 0)
        {
            FunctionCodes = (await workforce.FunctionCodesAsync(ct)).Order().ToList();
            Preview = result;
            ModelState.AddModelError("Upload", ImportProblemReport.From(result.Problems).Summary());
            return Page();
        }
        Success(
            result.Changes.Count == 0
                ? "Import complete. Nothing needed to change."
                : $"Import complete: {Words.Count(result.Changes.Count, "change")} saved."
        );
        return Redirect(WorkforceLinks.EmployerWorkforce());
    }
}
