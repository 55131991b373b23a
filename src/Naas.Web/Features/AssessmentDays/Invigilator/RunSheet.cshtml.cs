using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays.Invigilator;

public class RunSheetModel(RunSheet runSheet) : NaasPage
{
    public List<RunSheet.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await runSheet.TodayAsync(UserId, ct);

    public static string State(RunSheet.Row r) =>
        r.Session switch
        {
            { AbsentAt: not null } => "Absent",
            { SimulationStartedAt: not null } => $"Simulation until {Clock.InUk(r.SimulationEnds!.Value):HH:mm}",
            { PreparationStartedAt: not null } => $"Preparing until {Clock.InUk(r.PreparationEnds!.Value):HH:mm}",
            { CheckedInAt: not null, MinutesLate: { } late } => $"Checked in, {late} minutes late",
            { CheckedInAt: not null } => "Checked in",
            _ => "Not arrived",
        };
}
