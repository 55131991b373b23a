using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews.Employer;

public class IndexModel(EmployerViews reviews) : NaasPage
{
    public List<(ReviewRequest Review, SocialWorker Person)> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.ForEmployerAsync(OrganisationId, ct);
}
