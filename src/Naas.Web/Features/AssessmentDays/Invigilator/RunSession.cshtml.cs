using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays.Invigilator;

public class RunSessionModel(RunSheet runSheet, NaasDbContext db) : NaasPage
{
    /// <summary>Every handler of this page acts on one simulation: only a coordinator of its day may (anyone else's
    /// is not found).</summary>
    public override async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        if (!await db.RunsAsync(Id, UserId, HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }
        await base.OnPageHandlerExecutionAsync(context, next);
    }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public List<string> PhotoId { get; set; } = [];

    [BindProperty]
    public string? Registration { get; set; }

    [BindProperty]
    public string? Incident { get; set; }

    public RunSheet.Row? Row { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Row = await runSheet.RowAsync(Id, ct)) is null ? NotFound() : Page();

    private async Task<IActionResult> AfterAsync(
        IEnumerable<(string Field, string Message)> problems,
        string done,
        CancellationToken ct
    )
    {
        var list = problems.ToList();
        if (list.Count == 0)
        {
            Success(done);
            return RedirectToPage();
        }
        foreach (var (f, m) in list)
            ModelState.AddModelError(f, m);
        return await OnGetAsync(ct);
    }

    private static IEnumerable<(string, string)> One(string? problem) => problem is null ? [] : [("", problem)];

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken ct) =>
        await AfterAsync(
            await runSheet.CheckInAsync(Id, PhotoId.Contains("true"), Registration, Scope.ActorName, ct),
            "Checked in.",
            ct
        );

    public async Task<IActionResult> OnPostAbsentAsync(CancellationToken ct) =>
        await AfterAsync(One(await runSheet.AbsentAsync(Id, ct)), "Recorded absent.", ct);

    public async Task<IActionResult> OnPostPreparationAsync(CancellationToken ct) =>
        await AfterAsync(
            One(await runSheet.StartAsync(Id, simulation: false, ct)),
            "Preparation time started: the briefing is open on the candidate's screen.",
            ct
        );

    public async Task<IActionResult> OnPostSimulationAsync(CancellationToken ct) =>
        await AfterAsync(One(await runSheet.StartAsync(Id, simulation: true, ct)), "Simulation started.", ct);

    public async Task<IActionResult> OnPostIncidentAsync(CancellationToken ct) =>
        await AfterAsync(await runSheet.IncidentAsync(Id, Incident, Scope.ActorName, ct), "Incident noted.", ct);
}
