using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Marker;

public class WrittenMarkerIndexModel(WrittenMarking marking) : NaasPage
{
    public List<WrittenMarking.MarkerListRow> Scripts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Scripts = await marking.AssignedAsync(UserId, ct);
}
