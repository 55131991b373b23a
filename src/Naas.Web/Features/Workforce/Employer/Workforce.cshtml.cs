using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Employer;

public class WorkforceModel(WorkforceViews workforce, NaasDbContext db, TimeProvider clock) : NaasPage
{
    public List<PersonView> People { get; private set; } = [];
    public WorkforceSummary Summary { get; private set; } = default!;
    public string OrganisationName { get; private set; } = "";
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today();
        OrganisationName = await db
            .Organisations.Where(o => o.Id == OrganisationId)
            .Select(o => o.Name)
            .SingleAsync(ct);
        People = await workforce.OrganisationAsync(OrganisationId, ct);
        Summary = workforce.Summarise(People);
    }
}
