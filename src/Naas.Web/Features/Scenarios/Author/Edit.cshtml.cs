using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Scenarios.Author;

public class EditScenarioModel(NaasDbContext db, ScenarioDrafts drafts) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ScenarioDraft Draft { get; set; } = new();
    public string Reference { get; private set; } = "";
    public StatusLevel For { get; private set; }

    private async Task<ScenarioVersion?> LoadAsync(CancellationToken ct)
    {
        var v = await db.ScenarioVersions.Include(x => x.Scenario).SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (v is not null)
            (Reference, For) = ($"{v.Scenario!.Reference} version {v.Version}", v.Scenario.For);
        return v;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } v)
            return NotFound();
        if (ScenarioDrafts.Refusal(v, UserId) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
        }
        Draft = ScenarioDraft.From(v);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } v)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        var problems = await drafts.EditAsync(v, Draft, UserId, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, nameof(Draft));
            return Page();
        }
        Success("Draft saved.");
        return Redirect(ScenariosLinks.AuthorDetails(Id));
    }
}
