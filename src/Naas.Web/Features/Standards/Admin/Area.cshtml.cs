using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Standards.Admin;

public class AreaModel(NaasDbContext db) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Reason { get; set; }
    public int Number { get; private set; }
    public int Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var a = await db.KnowledgeAreas.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (a is null)
            return NotFound();
        (Title, Number, Version) = (a.Title, a.Number, a.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var a = await db.KnowledgeAreas.SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (a is null)
            return NotFound();
        (Number, Version) = (a.Number, a.Version);
        if (string.IsNullOrWhiteSpace(Title))
            ModelState.AddModelError(nameof(Title), "Enter the area's title");
        else if (Title.Length > 300)
            ModelState.AddModelError(nameof(Title), "Title must be 300 characters or fewer");
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter the reason for the change");
        if (!ModelState.IsValid)
            return Page();
        if (a.Title != Title!.Trim())
        {
            db.Record(new AreaRetitled(a.Id, a.Number, a.Version, a.Title, Title.Trim(), Reason!.Trim()));
            a.Title = Title.Trim();
            a.Version++;
            await db.SaveChangesAsync(ct);
        }
        Success($"Area {a.Number} saved.");
        return Redirect(StandardsLinks.AdminStandards());
    }
}
