using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.DevelopmentPlans.Employer;

public class IndexModel(PlanAgreement plans) : NaasPage
{
    public List<(DevelopmentPlan Plan, SocialWorker Person)> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await plans.ForEmployerAsync(OrganisationId, ct);
}
