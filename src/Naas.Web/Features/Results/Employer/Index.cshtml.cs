using Naas.Web.Features.Reports;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results.Employer;

public class IndexModel(EmployerSummaries reports) : NaasPage
{
    public EmployerSummary Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Summary = await reports.EmployerSummaryAsync(OrganisationId, ct);
}
