using Microsoft.AspNetCore.Mvc;
using Naas.Domain.StakeholderFeedback;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.StakeholderFeedback.Me;

public class FeedbackIndexModel(FeedbackService feedback) : NaasPage
{
    [BindProperty]
    public RespondentCategory? Category { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public FeedbackService.Overview? Overview { get; private set; }

    public static IReadOnlyList<Choice> Categories { get; } =
        Enum.GetValues<RespondentCategory>().Select(c => new Choice(c.ToString(), c.Words())).ToList();

    private Guid Me => Scope.SocialWorkerId ?? Guid.Empty;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await feedback.OverviewAsync(Me, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = await feedback.NominateAsync(Me, Category, Name, Email, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            await OnGetAsync(ct);
            return Page();
        }
        Success($"{Name!.Trim()} has been sent a link to give their feedback.");
        return RedirectToPage();
    }
}
