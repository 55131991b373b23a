using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Admin;

public class ModerationModel(DoubleMarking doubleMarking) : NaasPage
{
    public List<DoubleMarking.Pair> Queue { get; private set; } = [];
    public int Margin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await doubleMarking.QueueAsync(ct);
        Margin = await doubleMarking.MarginAsync(ct);
    }
}
