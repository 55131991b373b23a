using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.DevelopmentPlans.Me;

/// <summary>The social worker's development plan after an assessment: goals from the report, sent to the employer to
/// agree, then progress.</summary>
public class PlanModel(PlanDrafting plans, PlanProgress progress) : NaasPage, IPlanProgressForm
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Support { get; set; }

    [BindProperty]
    public DateInput By { get; set; } = new();

    [BindProperty]
    public string? Goal { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Note { get; set; }
    public PlanView? View { get; private set; }
    public IReadOnlyList<Choice> Areas =>
        View!
            .Areas.Select(a => new Choice(
                a,
                a,
                View.Suggested.Contains(a) ? "An area for development in your report" : null
            ))
            .ToList();
    private Guid Me => User.SocialWorkerId() ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (View = await plans.ForCandidateAsync(Me, Id, ct)) is null ? NotFound() : Page();

    private async Task<IActionResult> Done(
        List<(string Field, string Message)> problems,
        string success,
        CancellationToken ct
    )
    {
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            View = await plans.ForCandidateAsync(Me, Id, ct);
            return View is null ? NotFound() : Page();
        }
        Success(success);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken ct) =>
        await Done(
            await plans.AddGoalAsync(Me, Id, Area, Action, Support, By, Scope.ActorName, ct),
            "Goal added to your plan.",
            ct
        );

    public async Task<IActionResult> OnPostRemoveAsync(Guid goalId, CancellationToken ct) =>
        await Done(
            await plans.RemoveGoalAsync(Me, goalId, ct) is { } p ? [("", p)] : [],
            "Goal removed from your plan.",
            ct
        );

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct) =>
        await Done(
            await plans.SendAsync(Me, Id, ct) is { } p ? [("", p)] : [],
            "Your plan has been sent to your employer to agree.",
            ct
        );

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken ct)
    {
        var view = await plans.ForCandidateAsync(Me, Id, ct);
        if (view?.Plan is null)
            return NotFound();
        return await Done(
            await progress.ProgressAsync(view.Plan.Id, Me, null, Goal, Progress, Note, Scope.ActorName, ct),
            "Progress recorded.",
            ct
        );
    }
}
