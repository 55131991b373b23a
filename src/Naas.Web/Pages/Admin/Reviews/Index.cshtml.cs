using Naas.Data.Entities;
using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Admin.Reviews;

public class IndexModel(ReviewService reviews) : NaasPage
{
    public List<(ReviewRequest Review, SocialWorker Person)> Reviews { get; private set; } = [];
    public ReviewService Service => reviews;
    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.AllAsync(ct);
}
