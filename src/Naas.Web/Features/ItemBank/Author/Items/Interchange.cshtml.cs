using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank.Author.Items;

[
    RequestSizeLimit(MaxPackageBytes + 64 * 1024),
    RequestFormLimits(MultipartBodyLengthLimit = MaxPackageBytes + 64 * 1024),
    UploadLimit(MaxPackageBytes)
]
public class InterchangeModel(ItemBankInterchange interchange, TimeProvider clock, Naas.Data.NaasDbContext db)
    : NaasPage
{
    public const long MaxPackageBytes = 20 * 1024 * 1024;
    protected override string UploadField => "Package";

    public List<QtiImportLine>? Report { get; private set; }

    /// <summary>For questions whose package does not say (those from other tools): their area and setting.</summary>
    [BindProperty]
    public Guid? DefaultAreaId { get; set; }

    [BindProperty]
    public string? DefaultSetting { get; set; }
    public IReadOnlyList<Naas.Web.Infrastructure.GovUk.Choice> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Areas = await ItemChoices.AreasAsync(db, ct);

    public async Task<IActionResult> OnGetExportAsync(bool drafts, CancellationToken ct) =>
        File(
            await interchange.ExportLiveAsync(ct, includeDrafts: drafts),
            "application/zip",
            $"naas-items{(drafts ? "-with-drafts" : "")}-{clock.Today():yyyy-MM-dd}.zip"
        );

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Package")] IFormFile? package, CancellationToken ct)
    {
        Areas = await ItemChoices.AreasAsync(db, ct);
        if (
            DefaultSetting is { Length: > 0 }
            && !Naas.Domain.KnowledgeTest.PracticeSettings.All.Contains(DefaultSetting)
        )
            ModelState.AddModelError(nameof(DefaultSetting), "Select a practice setting from the list");
        if (package is null || package.Length == 0)
        {
            ModelState.AddModelError("Package", "Select a QTI package (a .zip file)");
            return Page();
        }
        if (package.Length > MaxPackageBytes)
        {
            ModelState.AddModelError("Package", UploadLimitAttribute.Message(MaxPackageBytes));
            return Page();
        }
        await using var buffer = new MemoryStream();
        await package.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        if (!ModelState.IsValid)
            return Page();
        Report = await interchange.ImportAsync(
            buffer,
            UserId,
            Scope.ActorName,
            ct,
            DefaultAreaId,
            string.IsNullOrWhiteSpace(DefaultSetting) ? null : DefaultSetting
        );
        return Page();
    }
}
