using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Admin;

public class WrittenScriptsModel(WrittenMarking marking) : NaasPage
{
    public List<WrittenMarking.Row> Scripts { get; private set; } = [];
    public List<ApplicationUser> Markers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scripts = await marking.ScriptsAsync(ct);
        Markers = await marking.MarkersAsync();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid sittingId, string? marker, CancellationToken ct)
    {
        if (await marking.AssignAsync(sittingId, marker, ct) is { } problem)
        {
            ModelState.AddModelError($"marker-{sittingId}", problem);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Script given to its marker. They see its code, not the candidate.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var recorded = await marking.RecordReadyAsync(Scope.ActorName, ct);
        Success($"{Words.Count(recorded, "written result")} recorded.");
        return RedirectToPage();
    }
}
