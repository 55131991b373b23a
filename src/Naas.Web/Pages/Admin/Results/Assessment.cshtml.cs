using Microsoft.AspNetCore.Mvc;
using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Pages.Admin.Results;

public class AssessmentModel(ResultsService results) : NaasPage
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Element { get; set; }
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Max { get; set; }
    [BindProperty] public string? PassMark { get; set; }
    [BindProperty] public string? Feedback { get; set; }
    public AssessmentView? View { get; private set; }
    public IReadOnlyList<Choice> OtherElements => View!.Elements.Where(e => e.Element != ResultsService.Knowledge).Select(e => new Choice(e.Element, e.Element, e.Description)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => (View = await results.ViewAsync(Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if ((View = await results.ViewAsync(Id, ct)) is null) return NotFound();
        var problems = await results.RecordAsync(Id, Element, Score, Max, PassMark, Scope.ActorName, ct, Feedback);
        if (problems.Count > 0) { foreach (var (f, m) in problems) ModelState.AddModelError(f, m); return Page(); }
        Success($"Marks recorded for the {Element} element.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostKnowledgeAsync(CancellationToken ct)
    {
        if ((View = await results.ViewAsync(Id, ct)) is null) return NotFound();
        if (await results.MarkKnowledgeAsync(Id, Scope.ActorName, ct) is { } problem) { ModelState.AddModelError("", problem); return Page(); }
        Success("The knowledge test has been marked against its form's pass mark.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        if ((View = await results.ViewAsync(Id, ct)) is null) return NotFound();
        var (release, problem) = await results.ReleaseAsync(Id, Scope.ActorName, ct);
        if (release is null) { ModelState.AddModelError("", problem!); return Page(); }
        Success($"Results released: {release.Outcome}. The candidate has been told first.");
        return RedirectToPage();
    }
}
