using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class ActorsModel(NaasDbContext db, PeopleRegister people) : NaasPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DayRate { get; set; }

    [BindProperty]
    public List<string> Scenarios { get; set; } = [];

    [BindProperty]
    public string? Dates { get; set; }
    public List<Actor> Actors { get; private set; } = [];
    public Dictionary<Guid, string> ScenarioNames { get; private set; } = [];
    public IReadOnlyList<Choice> ScenarioChoices { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Actors = await db.Actors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var scenarios = await db
            .Scenarios.AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.Reference,
                Title = s.Versions.OrderByDescending(v => v.Version).Select(v => v.Title).FirstOrDefault(),
            })
            .OrderBy(s => s.Reference)
            .ToListAsync(ct);
        ScenarioNames = scenarios.ToDictionary(s => s.Id, s => $"{s.Reference}: {s.Title}");
        ScenarioChoices = scenarios.Select(s => new Choice(s.Id.ToString(), $"{s.Reference}: {s.Title}")).ToList();
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = await people.AddActorAsync(Name, Email, DayRate, Scenarios, Dates, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, "");
            await LoadAsync(ct);
            return Page();
        }
        Success($"{Name!.Trim()} added.");
        return RedirectToPage();
    }
}
