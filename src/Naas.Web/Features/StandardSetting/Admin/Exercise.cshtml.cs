using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StandardSetting.Admin;

public class ExerciseModel(
    NaasDbContext db,
    PanelRounds rounds,
    PassMarkAdoption adoption,
    Observation.SimulationResults simulations,
    Written.WrittenMarking written,
    Observation.ReflectiveConversations reflective
) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? PassMark { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }
    public StandardSettingExercise? Exercise { get; private set; }
    public ExerciseComparison? Comparison { get; private set; }

    /// <summary>For the simulated observation: the examinee-centred methods beside the panels' (issue 16, item 4),
    /// from every simulation at this status with an agreed or reconciled outcome, each total taken as a share of its
    /// marks available and put on this exercise's scale.</summary>
    public (
        Naas.Psychometrics.Borderline.Regression? Regression,
        Naas.Psychometrics.Borderline.Group? Group,
        int N,
        decimal OutOf
    )? Examinee { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Exercise = await db
            .StandardSettingExercises.AsNoTracking()
            .Include(e => e.Panellists)
            .SingleOrDefaultAsync(e => e.Id == Id, ct);
        if (Exercise is null)
            return false;
        Comparison = await rounds.CompareAsync(Exercise, ct);
        if (Exercise.Element == Domain.Observation.SimulationElement.Kind)
        {
            var level = Exercise.Level;
            var outOf = ExerciseSetup.ParseCriteria(Exercise.Criteria, out _).Sum(c => c.Max);
            // Judgements Fail (1) to Excellent (5) as 0 to 4, borderline 1; totals on this exercise's scale.
            var performances = (
                await db
                    .SimulationOutcomes.AsNoTracking()
                    .Where(o => o.Max > 0 && o.Session!.Day!.For == level)
                    .Select(o => new
                    {
                        o.Global,
                        o.Score,
                        o.Max,
                    })
                    .ToListAsync(ct)
            ).Select(o => ((int)o.Global - 1, (double)(o.Score / o.Max * outOf))).ToList();
            Examinee = (
                Naas.Psychometrics.Borderline.RegressionMethod(performances),
                Naas.Psychometrics.Borderline.GroupMethod(performances),
                performances.Count,
                outOf
            );
        }
        if (Comparison is not null && PassMark is null)
            PassMark = Math.Round(Comparison.Comparison.MeanCut, 2)
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken ct)
    {
        if (await rounds.AdvanceAsync(Id, ct) is { } problem)
        {
            if (!await LoadAsync(ct))
                return NotFound();
            ModelState.AddModelError("", problem);
            return Page();
        }
        Success("The exercise has moved on.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAdoptAsync(CancellationToken ct)
    {
        var problems = await adoption.AdoptAsync(Id, PassMark, Rationale, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            if (!await LoadAsync(ct))
                return NotFound();
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        var element = await db.StandardSettingExercises.Where(e => e.Id == Id).Select(e => e.Element).SingleAsync(ct);
        // Simulations already scored were waiting for this pass mark: they go into results now.
        var recorded = element switch
        {
            Domain.Observation.SimulationElement.Kind => await simulations.RecordReadyAsync(Scope.ActorName, ct),
            Domain.Written.WrittenExercise.Kind => await written.RecordReadyAsync(Scope.ActorName, ct),
            Domain.Observation.ReflectiveElement.Kind or Domain.Observation.ReflectiveElement.InterviewKind =>
                await reflective.RecordReadyAsync(Scope.ActorName, ct),
            _ => 0,
        };
        Success(
            "Pass mark adopted. It is recorded with your rationale in the audit log."
                + (
                    recorded > 0
                        ? $" {Words.Count(recorded, $"{Words.Element(element).ToLowerInvariant()} result")} recorded with it."
                        : ""
                )
        );
        return RedirectToPage();
    }
}
