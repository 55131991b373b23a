using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Pages.Admin;

public class AdjustmentsModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    public static readonly IReadOnlyList<Choice> YesNo = [new("true", "Yes"), new("false", "No")];
    [BindProperty] public string? RegistrationNumber { get; set; }
    [BindProperty] public string? ExtraTimePercent { get; set; } = "0";
    [BindProperty] public bool? RestBreaks { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SocialWorker? person = null;
        if (!Naas.Domain.Workforce.RegistrationNumber.TryNormalise(RegistrationNumber, out var reg))
            ModelState.AddModelError(nameof(RegistrationNumber), Naas.Domain.Workforce.RegistrationNumber.FormatHint);
        else if ((person = await db.SocialWorkers.SingleOrDefaultAsync(p => p.RegistrationNumber == reg, ct)) is null)
            ModelState.AddModelError(nameof(RegistrationNumber), "There is no social worker with this registration number on our record");
        if (!int.TryParse(ExtraTimePercent, out var extra) || extra is < 0 or > 200)
            ModelState.AddModelError(nameof(ExtraTimePercent), "Extra time must be a whole number from 0 to 200");
        if (RestBreaks is null) ModelState.AddModelError(nameof(RestBreaks), "Select yes if rest breaks should stop the clock");
        if (!ModelState.IsValid) return Page();
        var adjustment = await db.ReasonableAdjustments.SingleOrDefaultAsync(a => a.SocialWorkerId == person!.Id, ct);
        if (adjustment is null) db.ReasonableAdjustments.Add(adjustment = new ReasonableAdjustment { SocialWorkerId = person!.Id, AgreedBy = "" });
        (adjustment.ExtraTimePercent, adjustment.RestBreaks, adjustment.Notes, adjustment.AgreedAt, adjustment.AgreedBy) =
            (extra, RestBreaks!.Value, string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(), clock.GetUtcNow(), Scope.ActorName);
        // The audit says that adjustments changed, not what they are: the details may reveal health information.
        db.Audit("ReasonableAdjustment", adjustment.Id, "Agreed", $"Reasonable adjustments agreed for {person!.RegistrationNumber}");
        await db.SaveChangesAsync(ct);
        Success($"Adjustments saved for {person.RegistrationNumber}.");
        return RedirectToPage();
    }
}
