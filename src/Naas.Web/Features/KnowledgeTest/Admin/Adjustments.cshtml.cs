using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.KnowledgeTest.Admin;

public class AdjustmentsModel(NaasDbContext db, TimeProvider clock, BookingService bookings) : NaasPage
{
    public static readonly IReadOnlyList<Choice> YesNo = [new("true", "Yes"), new("false", "No")];

    [BindProperty]
    public string? RegistrationNumber { get; set; }

    [BindProperty]
    public string? ExtraTimePercent { get; set; } = "0";

    [BindProperty]
    public bool? RestBreaks { get; set; }

    [BindProperty]
    public string? MaxBreakMinutes { get; set; } = "10";

    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>The queue of requests made at booking and not yet decided (<see
    /// cref="BookingService.UndecidedRequestsAsync"/>).</summary>
    public List<BookingService.AdjustmentRequestView> Requests { get; private set; } = [];

    /// <summary>What was agreed, in words for the candidate and the programme.</summary>
    public static string Describe(ReasonableAdjustment a)
    {
        var parts = new List<string>();
        if (a.ExtraTimePercent > 0)
            parts.Add($"{a.ExtraTimePercent}% extra time");
        if (a.RestBreaks)
            parts.Add($"rest breaks of up to {a.MaxBreakMinutes} minutes that stop the clock");
        if (a.Notes is { Length: > 0 } n)
            parts.Add(n);
        return parts.Count == 0
            ? "No change to the standard time and arrangements"
            : "Agreed: " + string.Join("; ", parts);
    }

    public async Task OnGetAsync(string? reg, CancellationToken ct)
    {
        Requests = await bookings.UndecidedRequestsAsync(ct);
        if (
            reg is not null
            && RegistrationNumber is null
            && Naas.Domain.Workforce.RegistrationNumber.TryNormalise(reg, out var chosen)
        )
            RegistrationNumber = chosen;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SocialWorker? person = null;
        if (!Naas.Domain.Workforce.RegistrationNumber.TryNormalise(RegistrationNumber, out var reg))
            ModelState.AddModelError(nameof(RegistrationNumber), Naas.Domain.Workforce.RegistrationNumber.FormatHint);
        else if ((person = await db.SocialWorkers.SingleOrDefaultAsync(p => p.RegistrationNumber == reg, ct)) is null)
            ModelState.AddModelError(
                nameof(RegistrationNumber),
                "There is no social worker with this registration number on our record"
            );
        if (!int.TryParse(ExtraTimePercent, out var extra) || extra is < 0 or > 200)
            ModelState.AddModelError(nameof(ExtraTimePercent), "Extra time must be a whole number from 0 to 200");
        if (RestBreaks is null)
            ModelState.AddModelError(nameof(RestBreaks), "Select yes if rest breaks should stop the clock");
        if (!int.TryParse(MaxBreakMinutes, out var maxBreak) || maxBreak is < 1 or > 60)
            ModelState.AddModelError(
                nameof(MaxBreakMinutes),
                "The longest rest break must be a whole number of minutes from 1 to 60"
            );
        if (!ModelState.IsValid)
        {
            await OnGetAsync(null, ct);
            return Page();
        }
        var adjustment = await db.ReasonableAdjustments.SingleOrDefaultAsync(a => a.SocialWorkerId == person!.Id, ct);
        if (adjustment is null)
            db.ReasonableAdjustments.Add(
                adjustment = new ReasonableAdjustment { SocialWorkerId = person!.Id, AgreedBy = "" }
            );
        (
            adjustment.ExtraTimePercent,
            adjustment.RestBreaks,
            adjustment.MaxBreakMinutes,
            adjustment.Notes,
            adjustment.AgreedAt,
            adjustment.AgreedBy
        ) = (
            extra,
            RestBreaks!.Value,
            maxBreak,
            string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
            clock.GetUtcNow(),
            Scope.ActorName
        );
        // The audit says that adjustments changed, not what they are: the details may reveal health information.
        db.Record(new AdjustmentsAgreed(adjustment.Id, person!.Id, person.RegistrationNumber));
        if (person.Email is { Length: > 0 } email)
            db.Email(
                clock,
                email,
                "A decision on your adjustments for the knowledge test",
                $"The national programme has decided on adjustments for your knowledge test.\n\n{Describe(adjustment)}.\n\nThey apply to every test you start from now on. Sign in to see your booking."
            );
        await db.SaveChangesAsync(ct);
        Success($"Adjustments saved for {person.RegistrationNumber}.");
        return RedirectToPage();
    }
}
