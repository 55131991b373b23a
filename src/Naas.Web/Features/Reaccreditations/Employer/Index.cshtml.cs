using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations.Employer;

/// <summary>Re-accreditations waiting for this employer's endorsement (¶77–78).</summary>
public class IndexModel(ReaccreditationEndorsements endorsements) : NaasPage
{
    [BindProperty]
    public string? EmployerStatement { get; set; }
    public List<(Data.Entities.Reaccreditation R, SocialWorker Person, Accreditation A)> Pending { get; private set; } =
    [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Pending = await endorsements.PendingForEmployerAsync(OrganisationId, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var problems = await endorsements.EndorseAsync(OrganisationId, id, EmployerStatement, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Thank you. The re-accreditation is complete and the social worker has been told.");
        return RedirectToPage();
    }
}
