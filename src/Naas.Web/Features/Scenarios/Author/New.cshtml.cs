using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Scenarios.Author;

public class NewScenarioModel(ScenarioDrafts drafts) : NaasPage
{
    [BindProperty]
    public ScenarioDraft Draft { get; set; } = new() { SupervisesSocialWorker = "no", Part = "1" };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var (saved, problems) = await drafts.CreateAsync(Draft, UserId, Scope.ActorName, ct);
        if (saved is null)
        {
            ModelState.AddProblems(problems, nameof(Draft));
            return Page();
        }
        Success($"{saved.Scenario!.Reference} has been saved as a draft. Add its marking criteria next.");
        return Redirect(ScenariosLinks.AuthorDetails(saved.Id));
    }
}
