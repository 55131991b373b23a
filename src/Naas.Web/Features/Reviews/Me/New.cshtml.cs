using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Reviews.Me;

/// <summary>The social worker asks for an independent review of released results (¶42).</summary>
public class NewModel(ReviewRequests reviews) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Ground { get; set; }

    [BindProperty]
    public string? Statement { get; set; }
    public ResultRelease? Release { get; private set; }
    public ReviewRequest? Existing { get; private set; }
    public string? Refusal { get; private set; }
    public static IReadOnlyList<Choice> Grounds { get; } =
    [
        new(
            nameof(ReviewGround.AtOddsWithPractice),
            ReviewGround.AtOddsWithPractice.Words(),
            "You and your employer feel the result does not reflect how you practise"
        ),
        new(
            nameof(ReviewGround.ExtenuatingCircumstances),
            ReviewGround.ExtenuatingCircumstances.Words(),
            "For example illness, bereavement, or something that went wrong on the day"
        ),
    ];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        (Release, Existing, Refusal) = await reviews.EligibilityAsync(User.SocialWorkerId() ?? Guid.Empty, Id, ct);
        return Release is not null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var (review, problems) = await reviews.RequestAsync(
            User.SocialWorkerId() ?? Guid.Empty,
            Id,
            Ground,
            Statement,
            ct
        );
        if (review is null)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success(
            $"Your request has been sent. Your employer has until {Clock.UkDate(review.EmployerDue)} to give their view."
        );
        return RedirectToPage("Index");
    }
}
