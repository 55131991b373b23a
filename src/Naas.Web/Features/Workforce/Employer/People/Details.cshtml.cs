using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Employer.People;

public class DetailsModel(WorkforceViews workforce, TimeProvider clock) : NaasPage
{
    public PersonView? View { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Today = clock.Today();
        View = await workforce.PersonAsync(id, OrganisationId, ct);
        return View is null ? NotFound() : Page();
    }
}
