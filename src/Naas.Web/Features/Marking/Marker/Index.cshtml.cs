using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking.Marker;

public class IndexModel(MarkerTasks marking) : NaasPage
{
    public List<(MarkingAssignment Assignment, SocialWorker Person, bool Marked, bool Released)> Tasks
    {
        get;
        private set;
    } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await marking.AssignedAsync(UserId, ct);
}
