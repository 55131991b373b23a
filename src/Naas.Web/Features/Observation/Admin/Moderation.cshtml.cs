using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Admin;

public class ModerationModel(DoubleMarking doubleMarking, SimulationResults results, ReflectiveConversations reflective)
    : NaasPage
{
    public List<DoubleMarking.Pair> Queue { get; private set; } = [];
    public List<SimulationResults.Waiting> NotInResults { get; private set; } = [];
    public List<ReflectiveConversations.Waiting> ReflectiveWaiting { get; private set; } = [];
    public int Margin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await doubleMarking.QueueAsync(ct);
        Margin = await doubleMarking.MarginAsync(ct);
        NotInResults = await results.WaitingAsync(ct);
        ReflectiveWaiting = await reflective.WaitingAsync(ct);
    }

    /// <summary>Records every assessment whose simulations are ready, for one whose recording step was interrupted
    /// or whose pass mark was adopted another way.</summary>
    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var recorded = await results.RecordReadyAsync(Scope.ActorName, ct);
        var reflected = await reflective.RecordReadyAsync(Scope.ActorName, ct);
        Success(
            recorded + reflected == 0
                ? "No results were ready to record."
                : $"{Words.Count(recorded, "simulated observation result")} and {Words.Count(reflected, "reflective result")} recorded."
        );
        return RedirectToPage();
    }
}
