using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews.Reviewer;

public class IndexModel(ReviewCases reviews) : NaasPage
{
    public List<(ReviewRequest Review, SocialWorker Person)> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.AssignedAsync(UserId, ct);
}
