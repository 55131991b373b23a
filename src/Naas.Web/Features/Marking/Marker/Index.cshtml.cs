using Naas.Data.Entities;
using Naas.Web.Features.DevelopmentPlans;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Reports;
using Naas.Web.Features.Results;
using Naas.Web.Features.Reviews;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking.Marker;

public class IndexModel(MarkingService marking) : NaasPage
{
    public List<(MarkingAssignment Assignment, SocialWorker Person, bool Marked, bool Released)> Tasks
    {
        get;
        private set;
    } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await marking.AssignedAsync(UserId, ct);
}
