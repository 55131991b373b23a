using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class BookModel(BookingService bookings) : NaasPage
{
    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Adjustments { get; set; }
    public List<BookingChoice> Choices { get; private set; } = [];
    public IReadOnlyList<Choice> ChoiceItems => Choices.Select(c => new Choice(c.Value, c.Label)).ToList();
    public int Minutes { get; private set; }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = User.SocialWorkerId() ?? Guid.Empty;
        var endorsement = await bookings.BookableEndorsementAsync(me, ct);
        if (endorsement is null)
            return Redirect(KnowledgeTestLinks.Me());
        if (await bookings.CurrentAsync(me, ct) is not null)
            return Redirect(KnowledgeTestLinks.Me());
        Choices = await bookings.ChoicesAsync(endorsement, ct);
        Minutes = await bookings.MinutesAsync(endorsement, ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect)
            return redirect;
        var (booking, problem) = await bookings.BookAsync(User.SocialWorkerId()!.Value, Choice, Adjustments, ct);
        if (booking is null)
        {
            ModelState.AddModelError(
                problem!.StartsWith("Adjustments") ? nameof(Adjustments) : nameof(Choice),
                problem
            );
            return Page();
        }
        Success($"Your knowledge test is booked: {Choices.Single(c => c.Value == Choice).Label}.");
        return Redirect(KnowledgeTestLinks.Me());
    }
}
