using Naas.Data.Entities;
using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Review;

public class IndexModel(ReviewService reviews) : NaasPage
{
    public List<(ReviewRequest Review, SocialWorker Person)> Reviews { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.AssignedAsync(UserId, ct);
}
