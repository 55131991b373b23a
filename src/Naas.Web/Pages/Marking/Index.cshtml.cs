using Naas.Data.Entities;
using Naas.Web.Features.Assessment;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Marking;

public class IndexModel(MarkingService marking) : NaasPage
{
    public List<(MarkingAssignment Assignment, SocialWorker Person, bool Marked, bool Released)> Tasks { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Tasks = await marking.AssignedAsync(UserId, ct);
}
