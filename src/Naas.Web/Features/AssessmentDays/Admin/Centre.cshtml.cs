using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class CentreModel(NaasDbContext db, CentreRegister centres) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? RoomName { get; set; }

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? StepFree { get; set; }
    public AssessmentCentre? Centre { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct, bool track = false)
    {
        var q = db.AssessmentCentres.Include(c => c.Rooms).Where(c => c.Id == Id);
        Centre = await (track ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        return Centre is not null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        var problems = await centres.AddRoomAsync(Centre!, RoomName, Capacity, StepFree, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, "");
            return Page();
        }
        Success($"Room {RoomName!.Trim()} added.");
        return RedirectToPage();
    }
}
