using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews.Me;

public class IndexModel(ReviewRequests reviews) : NaasPage
{
    public List<ReviewRequest> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Reviews = await reviews.MineAsync(User.SocialWorkerId() ?? Guid.Empty, ct);
}
