using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class DayModel(NaasDbContext db, DayPlanning planning, UserManager<ApplicationUser> users) : NaasPage
{
    [BindProperty]
    public string? Coordinator { get; set; }

    /// <summary>Every centre coordinator, and whether they run this day.</summary>
    public List<(ApplicationUser User, bool Runs)> Coordinators { get; private set; } = [];

    public IReadOnlyList<Choice> FreeCoordinators =>
        Coordinators.Where(c => !c.Runs).Select(c => new Choice(c.User.Id.ToString(), c.User.DisplayName)).ToList();

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Room { get; set; }

    [BindProperty]
    public string? Starts { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public string? Scenario { get; set; }
    public AssessmentDay? Day { get; private set; }
    public Dictionary<Guid, string> Candidates { get; private set; } = [];
    public IReadOnlyList<Choice> Rooms { get; private set; } = [];
    public IReadOnlyList<Choice> Scenarios { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Day = await db
            .AssessmentDays.AsNoTracking()
            .Include(d => d.Centre)
                .ThenInclude(c => c!.Rooms)
            .Include(d => d.Sessions)
                .ThenInclude(s => s.Room)
            .Include(d => d.Sessions)
                .ThenInclude(s => s.ScenarioVersion)
                    .ThenInclude(v => v!.Scenario)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == Id, ct);
        if (Day is null)
            return false;
        var placed = Day.Sessions.Where(s => s.SocialWorkerId != null).Select(s => s.SocialWorkerId!.Value).ToList();
        Candidates = await db
            .SocialWorkers.Where(p => placed.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.GivenName} {p.FamilyName}", ct);
        Rooms = (Day.Centre?.Rooms ?? [])
            .OrderBy(r => r.Name)
            .Select(r => new Choice(r.Id.ToString(), r.Name, $"Seats {r.Capacity}{(r.StepFree ? ", step-free" : "")}"))
            .ToList();
        Coordinators = (await users.GetUsersInRoleAsync(Roles.CentreCoordinator))
            .OrderBy(u => u.DisplayName)
            .Select(u => (u, Day.CoordinatorUserIds.Contains(u.Id)))
            .ToList();
        var level = Day.For;
        Scenarios = await db
            .ScenarioVersions.Where(v => v.Status == ItemStatus.Live && v.Scenario!.For == level)
            .OrderBy(v => v.Scenario!.Reference)
            .Select(v => new Choice(v.Id.ToString(), v.Scenario!.Reference + ": " + v.Title, null))
            .ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Gives the day a centre coordinator (or takes one off it): only the coordinators a day has see its run
    /// sheet, its candidates' registration numbers and its recordings.</summary>
    public async Task<IActionResult> OnPostCoordinatorAsync(bool give, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var chosen = Coordinators.FirstOrDefault(c => c.User.Id.ToString() == Coordinator);
        if (chosen.User is null)
        {
            ModelState.AddModelError(nameof(Coordinator), "Select a centre coordinator from the list");
            return Page();
        }
        if (chosen.Runs == give)
        {
            ModelState.AddModelError(
                nameof(Coordinator),
                give
                    ? $"{chosen.User.DisplayName} already runs this day"
                    : $"{chosen.User.DisplayName} does not run this day"
            );
            return Page();
        }
        var day = await db.AssessmentDays.SingleAsync(d => d.Id == Id, ct);
        day.CoordinatorUserIds = give
            ? [.. day.CoordinatorUserIds, chosen.User.Id]
            : day.CoordinatorUserIds.Where(u => u != chosen.User.Id).ToList();
        db.Record(new DayCoordinatorChanged(day.Id, day.Date, chosen.User.DisplayName, give));
        await db.SaveChangesAsync(ct);
        Success(
            give
                ? $"{chosen.User.DisplayName} now runs this day: its run sheet and recordings are theirs."
                : $"{chosen.User.DisplayName} no longer runs this day."
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await planning.AddSessionAsync(Day!, Room, Starts, Minutes, Scenario, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, "");
            return Page();
        }
        Success("Session added. Place a candidate and give it its actor and observers.");
        return RedirectToPage();
    }
}
