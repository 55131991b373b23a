using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Employer.Results;

public class IndexModel(ReportService reports) : NaasPage
{
    public EmployerSummary Summary { get; private set; } = default!;
    public async Task OnGetAsync(CancellationToken ct) => Summary = await reports.EmployerSummaryAsync(OrganisationId, ct);
}
