using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Reviews.Admin;

/// <summary>The programme sees a review and assigns a reviewer who was not involved before.</summary>
public class ShowModel(ReviewCases cases, ReviewerAssignment reviews) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reviewer { get; set; }
    public ReviewCase? Case { get; private set; }
    public List<Choice> Reviewers { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if ((Case = await cases.CaseAsync(Id, null, ct)) is null)
            return false;
        Reviewers = (await reviews.ReviewersAsync(Case.Review, ct))
            .Select(c => new Choice(c.UserId.ToString(), c.Name, c.NotIndependent))
            .ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await reviews.AssignAsync(Id, Reviewer, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success("The reviewer has been assigned and told.");
        return RedirectToPage();
    }
}
