using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews.Admin;

public class IndexModel(ReviewerAssignment reviews) : NaasPage
{
    public List<(ReviewRequest Review, SocialWorker Person)> Reviews { get; private set; } = [];
    public ReviewerAssignment Service => reviews;

    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.AllAsync(ct);
}
