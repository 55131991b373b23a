using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Features.Endorsements.Employer.Endorse;

public class StatusModel(WorkforceViews workforce, NaasDbContext db, TimeProvider clock)
    : EndorseStep(workforce, db, clock)
{
    [BindProperty]
    public StatusLevel? Level { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Level = State.Level;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (Level is null)
        {
            ModelState.AddModelError(nameof(Level), "Select the status you are endorsing them for");
            return Page();
        }
        State.Level = Level;
        await SaveAsync(ct);
        return Redirect(EndorsementsLinks.EmployerEndorseJudgement(Id));
    }
}
