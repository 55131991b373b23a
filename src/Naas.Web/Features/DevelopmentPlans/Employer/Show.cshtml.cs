using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.DevelopmentPlans.Employer;

/// <summary>A plan sent to this employer: agree it or ask for changes, then record progress.</summary>
public class ShowModel(PlanAgreement plans, PlanProgress progress) : NaasPage, IPlanProgressForm
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Agree { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Goal { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Note { get; set; }
    public PlanView? View { get; private set; }
    public static IReadOnlyList<Choice> Answers { get; } =
    [new("yes", "Yes, we agree this plan"), new("no", "No, we would like changes")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (View = await plans.ForEmployerAsync(OrganisationId, Id, ct)) is null ? NotFound() : Page();

    private async Task<IActionResult> Done(
        List<(string Field, string Message)> problems,
        string success,
        CancellationToken ct
    )
    {
        if ((View = await plans.ForEmployerAsync(OrganisationId, Id, ct)) is null)
            return NotFound();
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success(success);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken ct)
    {
        if (await plans.ForEmployerAsync(OrganisationId, Id, ct) is null)
            return NotFound();
        return await Done(
            await plans.EmployerRespondAsync(OrganisationId, Id, Agree, Comment, Scope.ActorName, ct),
            Agree == "yes"
                ? "Plan agreed. The social worker has been told."
                : "The social worker has been asked to change the plan, with your comment.",
            ct
        );
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken ct)
    {
        if (await plans.ForEmployerAsync(OrganisationId, Id, ct) is null)
            return NotFound();
        return await Done(
            await progress.ProgressAsync(Id, null, OrganisationId, Goal, Progress, Note, Scope.ActorName, ct),
            "Progress recorded.",
            ct
        );
    }
}
