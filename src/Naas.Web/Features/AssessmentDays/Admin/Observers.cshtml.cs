using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class ObserversModel(NaasDbContext db, PeopleRegister people, SessionStaffing staffing) : NaasPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? TrainedOn { get; set; }

    [BindProperty]
    public string? CalibratedOn { get; set; }

    [BindProperty]
    public List<string> ConflictOrganisations { get; set; } = [];

    [BindProperty]
    public string? ConflictPeople { get; set; }

    [BindProperty]
    public string? Dates { get; set; }
    public List<Observer> Observers { get; private set; } = [];
    public Dictionary<Guid, string> OrganisationNames { get; private set; } = [];
    public IReadOnlyList<Choice> OrganisationChoices { get; private set; } = [];

    /// <summary>How recent an observer's calibration must be on the day (a policy setting).</summary>
    public int CalibrationMonths { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        CalibrationMonths = await staffing.CalibrationMonthsAsync(ct);
        Observers = await db.Observers.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        OrganisationNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        OrganisationChoices = OrganisationNames
            .OrderBy(o => o.Value)
            .Select(o => new Choice(o.Key.ToString(), o.Value))
            .ToList();
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = await people.AddObserverAsync(
            Name,
            Email,
            TrainedOn,
            CalibratedOn,
            ConflictOrganisations,
            ConflictPeople,
            Dates,
            ct
        );
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
