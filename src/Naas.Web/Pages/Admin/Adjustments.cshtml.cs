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
    [BindProperty] public string? MaxBreakMinutes { get; set; } = "10";
    [BindProperty] public string? Notes { get; set; }
    public sealed record Request(string RegistrationNumber, string Name, string Text, DateTimeOffset BookedAt, DateTimeOffset WindowOpens, bool Started);
    /// <summary>The queue: adjustments candidates asked for when booking that nobody has decided on since, oldest
    /// first, whether or not the test has started (one started without a decision still needs one for next time).</summary>
    public List<Request> Requests { get; private set; } = [];

    /// <summary>What was agreed, in words for the candidate and the programme.</summary>
    public static string Describe(ReasonableAdjustment a)
    {
        var parts = new List<string>();
        if (a.ExtraTimePercent > 0) parts.Add($"{a.ExtraTimePercent}% extra time");
        if (a.RestBreaks) parts.Add($"rest breaks of up to {a.MaxBreakMinutes} minutes that stop the clock");
        if (a.Notes is { Length: > 0 } n) parts.Add(n);
        return parts.Count == 0 ? "No change to the standard time and arrangements" : "Agreed: " + string.Join("; ", parts);
    }

    public async Task OnGetAsync(string? reg, CancellationToken ct)
    {
        var requests = await db.TestBookings.AsNoTracking().Where(b => b.AdjustmentRequest != null && b.CancelledAt == null)
            .Join(db.SocialWorkers, b => b.SocialWorkerId, p => p.Id, (b, p) => new { p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, b.AdjustmentRequest, b.BookedAt, b.Window!.Opens, b.AttemptId })
            .ToListAsync(ct);
        var agreed = await db.ReasonableAdjustments.AsNoTracking().ToDictionaryAsync(a => a.SocialWorkerId, a => a.AgreedAt, ct);
        Requests = requests.Where(r => !agreed.TryGetValue(r.Id, out var at) || at < r.BookedAt)
            .OrderBy(r => r.BookedAt).Select(r => new Request(r.RegistrationNumber, $"{r.GivenName} {r.FamilyName}", r.AdjustmentRequest!, r.BookedAt, r.Opens, r.AttemptId != null)).ToList();
        if (reg is not null && RegistrationNumber is null && Naas.Domain.Workforce.RegistrationNumber.TryNormalise(reg, out var chosen)) RegistrationNumber = chosen;
    }

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
        if (!int.TryParse(MaxBreakMinutes, out var maxBreak) || maxBreak is < 1 or > 60)
            ModelState.AddModelError(nameof(MaxBreakMinutes), "The longest rest break must be a whole number of minutes from 1 to 60");
        if (!ModelState.IsValid) { await OnGetAsync(null, ct); return Page(); }
        var adjustment = await db.ReasonableAdjustments.SingleOrDefaultAsync(a => a.SocialWorkerId == person!.Id, ct);
        if (adjustment is null) db.ReasonableAdjustments.Add(adjustment = new ReasonableAdjustment { SocialWorkerId = person!.Id, AgreedBy = "" });
        (adjustment.ExtraTimePercent, adjustment.RestBreaks, adjustment.MaxBreakMinutes, adjustment.Notes, adjustment.AgreedAt, adjustment.AgreedBy) =
            (extra, RestBreaks!.Value, maxBreak, string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(), clock.GetUtcNow(), Scope.ActorName);
        // The audit says that adjustments changed, not what they are: the details may reveal health information.
        db.Audit("ReasonableAdjustment", adjustment.Id, "Agreed", $"Reasonable adjustments agreed for {person!.RegistrationNumber}");
        if (person.Email is { Length: > 0 } email)
            db.Email(clock, email, "A decision on your adjustments for the knowledge test",
                $"The national programme has decided on adjustments for your knowledge test.\n\n{Describe(adjustment)}.\n\nThey apply to every test you start from now on. Sign in to see your booking.");
        await db.SaveChangesAsync(ct);
        Success($"Adjustments saved for {person.RegistrationNumber}.");
        return RedirectToPage();
    }
}
