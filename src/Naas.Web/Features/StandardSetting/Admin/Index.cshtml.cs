using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.StandardSetting.Admin;

public class IndexModel(NaasDbContext db, ExerciseSetup setup) : NaasPage
{
    [BindProperty]
    public StatusLevel? Level { get; set; }

    [BindProperty]
    public string? Element { get; set; }

    [BindProperty]
    public string? Criteria { get; set; }

    [BindProperty]
    public string? Panel1 { get; set; }

    [BindProperty]
    public string? Panel2 { get; set; }
    public List<StandardSettingExercise> Exercises { get; private set; } = [];
    public List<Choice> Levels =>
        Enum.GetValues<StatusLevel>().Select(l => new Choice(l.ToString(), l.Name())).ToList();
    public List<Choice> Elements { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Exercises = await db
            .StandardSettingExercises.AsNoTracking()
            .Include(e => e.Panellists)
            .OrderByDescending(e => e.CreatedAt)
            .ToListAsync(ct);
        Elements = (
            await db
                .AssessmentModels.AsNoTracking()
                .SelectMany(m => m.Elements)
                .Select(e => new { e.Kind, e.Description })
                .ToListAsync(ct)
        )
            .DistinctBy(e => e.Kind)
            .Select(e => new Choice(e.Kind, Words.Element(e.Kind), e.Description))
            .ToList();
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (exercise, problems) = await setup.CreateAsync(
            Element,
            Level,
            Criteria,
            Panel1,
            Panel2,
            Scope.ActorName,
            ct
        );
        if (exercise is null)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            await LoadAsync(ct);
            return Page();
        }
        Success("Exercise set up. Panellists can now rate round 1.");
        return Redirect(StandardSettingLinks.AdminExercise(exercise.Id));
    }
}
