using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Scenarios.Author;

public class NewCriterionModel(NaasDbContext db, ScenarioGuides guides) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public CriterionDraft Draft { get; set; } = new();
    public string Reference { get; private set; } = "";
    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    private async Task<ScenarioVersion?> LoadAsync(CancellationToken ct)
    {
        var v = await db.ScenarioVersions.Include(x => x.Scenario).SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (v is null)
            return null;
        Reference = $"{v.Scenario!.Reference} version {v.Version}: {v.Title}";
        Areas = (await guides.AreasAsync(v.Scenario.For, ct))
            .Select(a => new Choice(a.Id.ToString(), $"{a.Number}. {a.Title}"))
            .ToList();
        return v;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } v)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        var problems = await guides.AddAsync(v, Draft, UserId, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, nameof(Draft));
            return Page();
        }
        Success($"Criterion {v.Criteria.Count} added.");
        return Redirect(ScenariosLinks.AuthorDetails(Id));
    }
}
