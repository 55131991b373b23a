using Microsoft.AspNetCore.Mvc;
using Naas.Web.Features.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Content.Items;

[RequestSizeLimit(MaxPackageBytes + 64 * 1024), RequestFormLimits(MultipartBodyLengthLimit = MaxPackageBytes + 64 * 1024), UploadLimit(MaxPackageBytes)]
public class InterchangeModel(ItemBankInterchange interchange, TimeProvider clock) : NaasPage
{
    public const long MaxPackageBytes = 20 * 1024 * 1024;
    protected override string UploadField => "Package";

    public List<QtiImportLine>? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await interchange.ExportLiveAsync(ct), "application/zip", $"naas-items-{clock.Today():yyyy-MM-dd}.zip");

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Package")] IFormFile? package, CancellationToken ct)
    {
        if (package is null || package.Length == 0) { ModelState.AddModelError("Package", "Select a QTI package (a .zip file)"); return Page(); }
        if (package.Length > MaxPackageBytes) { ModelState.AddModelError("Package", UploadLimitAttribute.Message(MaxPackageBytes)); return Page(); }
        await using var buffer = new MemoryStream();
        await package.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Report = await interchange.ImportAsync(buffer, UserId, Scope.ActorName, ct);
        return Page();
    }
}
