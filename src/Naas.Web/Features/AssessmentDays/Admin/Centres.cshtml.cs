using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class CentresModel(NaasDbContext db, CentreRegister centres) : NaasPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? CostPerDay { get; set; }
    public List<AssessmentCentre> Centres { get; private set; } = [];
    public IReadOnlyList<Choice> RegionChoices { get; } = CentreRegister.Regions.Select(r => new Choice(r, r)).ToList();

    private async Task LoadAsync(CancellationToken ct) =>
        Centres = await db.AssessmentCentres.AsNoTracking().Include(c => c.Rooms).OrderBy(c => c.Name).ToListAsync(ct);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (added, problems) = await centres.AddCentreAsync(Name, Address, Region, CostPerDay, ct);
        if (added is null)
        {
            ModelState.AddProblems(problems, "");
            await LoadAsync(ct);
            return Page();
        }
        Success($"{added.Name} added. Add its rooms next.");
        return Redirect(AssessmentDaysLinks.AdminCentre(added.Id));
    }
}
