using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Marker;

public class ObserveModel(ObservationSheets sheets) : NaasPage
{
    public List<(SimulationSession Session, SimulationRole Role, bool Submitted)> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sessions = await sheets.MineAsync(UserId, ct);
}
