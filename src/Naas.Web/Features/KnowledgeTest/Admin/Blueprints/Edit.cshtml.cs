using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.KnowledgeTest.Admin.Blueprints;

public class BlueprintModel(NaasDbContext db, BlueprintService blueprints, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public BlueprintInput Input { get; set; } = new();

    [BindProperty]
    public DateInput Opens { get; set; } = new();

    [BindProperty]
    public DateInput Closes { get; set; } = new();

    [BindProperty]
    public bool Remote { get; set; } = true;

    [BindProperty]
    public string? Centres { get; set; }
    public KnowledgeBlueprint? Blueprint { get; private set; }
    public List<KnowledgeArea> Areas { get; private set; } = [];
    public List<(TestWindow Window, int Booked)> Windows { get; private set; } = [];
    public string? Check { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Blueprint = await db.KnowledgeBlueprints.SingleOrDefaultAsync(b => b.Id == Id, ct);
        if (Blueprint is null)
            return false;
        Areas = await db
            .KnowledgeAreas.AsNoTracking()
            .Join(db.Statuses, a => a.StatusId, s => s.Id, (a, s) => new { a, s.Level })
            .Where(x => x.Level == Blueprint.Status)
            .Select(x => x.a)
            .OrderBy(a => a.Number)
            .ToListAsync(ct);
        var windows = await db
            .TestWindows.AsNoTracking()
            .Where(w => w.BlueprintId == Id)
            .OrderBy(w => w.Opens)
            .ToListAsync(ct);
        var windowIds = windows.Select(w => w.Id).ToList();
        // Counts only: the programme sees how full each window is, not here who booked it.
        var booked = await db
            .TestBookings.Where(x => windowIds.Contains(x.WindowId) && x.CancelledAt == null)
            .GroupBy(x => x.WindowId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Windows = windows.Select(w => (w, booked.GetValueOrDefault(w.Id))).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        await RestoreInputAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await blueprints.UpdateAsync(Blueprint!, Input, Areas.Select(a => a.Id).ToList(), ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems);
            return Page();
        }
        Success(
            "Blueprint saved. Forms assembled from now on follow it; sittings already started keep their own questions."
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWindowAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var (w, problems) = await blueprints.AddWindowAsync(
            Blueprint!,
            Opens,
            Closes,
            Remote,
            Centres,
            clock.Today(),
            ct
        );
        if (w is null)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            await RestoreInputAsync(ct);
            return Page();
        }
        Success("Window added. Candidates endorsed for this status can book it now.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Blueprint!.Retired = !Blueprint.Retired;
        db.Record(new BlueprintRetired(Blueprint.Id, Blueprint.Name, Blueprint.Retired));
        await db.SaveChangesAsync(ct);
        Success(
            Blueprint.Retired
                ? "Retired. Sittings already taken keep it; nobody can book or start it now."
                : "Back in use."
        );
        return RedirectToPage();
    }

    /// <summary>The blueprint form as saved: shown on arrival, and kept when another form on the page fails.</summary>
    private async Task RestoreInputAsync(CancellationToken ct)
    {
        var b = Blueprint!;
        Input = new BlueprintInput
        {
            Name = b.Name,
            Minutes = b.Minutes.ToString(),
            MaxTimesShown = b.MaxTimesShown.ToString(),
            PassMarkTolerance = b.PassMarkTolerance.ToString(
                "0.###",
                System.Globalization.CultureInfo.InvariantCulture
            ),
        };
        foreach (var c in SittingStart.Cells(b))
            (c.Section == "General" ? Input.General : Input.Applied)[c.AreaId] = c.Count.ToString();
        Check = await blueprints.CheckAsync(b, ct);
    }
}
