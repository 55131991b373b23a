using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Me;

/// <summary>A candidate's simulations: those booked, and the open sessions they may book, with adjustments asked for
/// at booking.</summary>
public class SimulationsModel(SimulationBookings bookings) : NaasPage
{
    [BindProperty]
    public string? Session { get; set; }

    [BindProperty]
    public string? Adjustments { get; set; }

    public SimulationBookings.Choices? Choices { get; private set; }

    public static string Place(SimulationSession s) =>
        s.Day!.Centre is { } c
            ? $"{c.Name}, {c.Address}{(s.Room is { } r ? $". {r.Name}{(r.StepFree ? ", step-free access" : ", not step-free")}" : "")}"
            : "Remote, by video from where you choose";

    public static string When(SimulationSession s) => $"{Clock.UkDateTime(s.StartsAt)} to {Clock.InUk(s.EndsAt):HH:mm}";

    public List<Choice> Options => Choices!.Open.Select(s => new Choice(s.Id.ToString(), When(s), Place(s))).ToList();

    private Guid Me => Scope.SocialWorkerId ?? Guid.Empty;

    public bool CanCancel(SimulationSession s) => bookings.CanCancel(s);

    public async Task OnGetAsync(CancellationToken ct) => Choices = await bookings.ChoicesAsync(Me, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = await bookings.BookAsync(Me, Session, Adjustments, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            Choices = await bookings.ChoicesAsync(Me, ct);
            return Page();
        }
        Success(
            string.IsNullOrWhiteSpace(Adjustments)
                ? "Your simulation is booked."
                : "Your simulation is booked. The programme will tell you what adjustments it has agreed before the day."
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (await bookings.CancelAsync(Me, id, ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            Choices = await bookings.ChoicesAsync(Me, ct);
            return Page();
        }
        Success("Your simulation is cancelled.");
        return RedirectToPage();
    }
}
