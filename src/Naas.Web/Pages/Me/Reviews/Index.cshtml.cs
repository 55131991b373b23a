using Naas.Data.Entities;
using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Me.Reviews;

public class IndexModel(ReviewService reviews) : NaasPage
{
    public List<ReviewRequest> Reviews { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.MineAsync(User.SocialWorkerId() ?? Guid.Empty, ct);
}
