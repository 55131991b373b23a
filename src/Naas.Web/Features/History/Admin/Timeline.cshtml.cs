using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.History.Admin;

/// <summary>One social worker's whole history for a programme administrator: every change that concerns them, who
/// made it, and what it changed, read from the typed audit. Found by registration number, or opened from their
/// id.</summary>
public class TimelineModel(NaasDbContext db, HistoryReader history) : NaasPage
{
    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RegistrationNumber { get; set; }
    public SocialWorker? Person { get; private set; }
    public List<HistoryEntry> Entries { get; private set; } = [];

    /// <summary>Which page, newest first; anything that is not a page number reads as the first.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;
    public bool Older { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            Person = await db.SocialWorkers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (Person is null)
                return NotFound();
            PageNumber = Math.Clamp(PageNumber, 1, 100_000);
            (Entries, Older) = await history.OfPersonAsync(id, PageNumber, ct);
            return Page();
        }
        if (!Request.Query.ContainsKey(nameof(RegistrationNumber)))
            return Page();
        if (!Naas.Domain.Workforce.RegistrationNumber.TryNormalise(RegistrationNumber, out var reg))
        {
            ModelState.AddModelError(nameof(RegistrationNumber), Naas.Domain.Workforce.RegistrationNumber.FormatHint);
            return Page();
        }
        var found = await db
            .SocialWorkers.AsNoTracking()
            .Where(p => p.RegistrationNumber == reg)
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            ModelState.AddModelError(
                nameof(RegistrationNumber),
                $"No social worker on the record has the registration number {reg}"
            );
            return Page();
        }
        return Redirect(HistoryLinks.AdminTimeline(found.Value));
    }
}
