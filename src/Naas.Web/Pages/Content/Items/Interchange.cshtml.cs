using Microsoft.AspNetCore.Mvc;
using Naas.Web.Features.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Content.Items;

[RequestSizeLimit(20 * 1024 * 1024)]
public class InterchangeModel(ItemBankInterchange interchange, TimeProvider clock) : NaasPage
{
    public List<QtiImportLine>? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await interchange.ExportLiveAsync(ct), "application/zip", $"naas-items-{clock.Today():yyyy-MM-dd}.zip");

    public async Task<IActionResult> OnPostAsync(IFormFile? package, CancellationToken ct)
    {
        if (package is null || package.Length == 0) { ModelState.AddModelError("Package", "Select a QTI package (a .zip file)"); return Page(); }
        await using var buffer = new MemoryStream();
        await package.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Report = await interchange.ImportAsync(buffer, UserId, Scope.ActorName, ct);
        return Page();
    }
}
