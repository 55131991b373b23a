using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Reviews.Employer;

/// <summary>The endorsing employer gives its view on a review request: support it, or say why not.</summary>
public class RespondModel(EmployerViews reviews) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Support { get; set; }

    [BindProperty]
    public string? EmployerStatement { get; set; }
    public (ReviewRequest Review, SocialWorker Person, Data.Entities.Endorsement Endorsement)? Case
    {
        get;
        private set;
    }
    public static IReadOnlyList<Choice> Answers { get; } =
    [new("yes", "Yes, we support a review"), new("no", "No, we do not support a review")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Case = await reviews.ForEmployerAsync(OrganisationId, Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((Case = await reviews.ForEmployerAsync(OrganisationId, Id, ct)) is null)
            return NotFound();
        var problems = await reviews.EmployerRespondAsync(OrganisationId, Id, Support, EmployerStatement, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success(
            Support == "yes"
                ? "Thank you. The review goes to an independent reviewer."
                : "Thank you. The social worker has been told, with your reasons."
        );
        return RedirectToPage("Index");
    }
}
