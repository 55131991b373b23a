using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class DaysModel(NaasDbContext db, DayPlanning planning) : NaasPage
{
    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public StatusLevel? For { get; set; }
    public List<AssessmentDay> Days { get; private set; } = [];
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Days = await db
            .AssessmentDays.AsNoTracking()
            .Include(d => d.Centre)
            .Include(d => d.Sessions)
            .OrderBy(d => d.Date)
            .ToListAsync(ct);
        Places =
        [
            .. (await db.AssessmentCentres.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct)).Select(c => new Choice(
                c.Id.ToString(),
                c.Name,
                c.Region
            )),
            new("remote", "Remote", "Candidates, actors and observers join by video"),
        ];
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A status that is not one of the three is bound as nothing and named by the rule below.
        ModelState.Remove(nameof(For));
        var (planned, problems) = await planning.AddDayAsync(Date, Place, For, ct);
        if (planned is null)
        {
            ModelState.AddProblems(problems, "");
            await LoadAsync(ct);
            return Page();
        }
        Success("The day is planned. Add its sessions.");
        return Redirect(AssessmentDaysLinks.AdminDay(planned.Id));
    }
}
