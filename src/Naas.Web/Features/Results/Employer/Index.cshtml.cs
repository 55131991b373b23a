using Naas.Web.Features.DevelopmentPlans;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Reports;
using Naas.Web.Features.Results;
using Naas.Web.Features.Reviews;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results.Employer;

public class IndexModel(ReportService reports) : NaasPage
{
    public EmployerSummary Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Summary = await reports.EmployerSummaryAsync(OrganisationId, ct);
}
