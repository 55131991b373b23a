using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Endorsements.Employer;

public class WithdrawModel(NaasDbContext db, EndorsementService endorsements) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }
    public Guid PersonId { get; private set; }
    public string PersonName { get; private set; } = "";
    public string LevelName { get; private set; } = "";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var e = await db
            .Endorsements.AsNoTracking()
            .Include(x => x.SocialWorker)
            .SingleOrDefaultAsync(x => x.Id == Id && x.OrganisationId == OrganisationId, ct);
        if (e is null)
            return false;
        (PersonId, PersonName, LevelName) = (e.SocialWorkerId, e.SocialWorker!.FullName, e.Level.Name());
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var outcome = await endorsements.WithdrawAsync(Id, Reason, ct);
        if (outcome.NotFound)
            return NotFound();
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems)
                ModelState.AddModelError(p.Field, p.Message);
            return Page();
        }
        Success("The endorsement has been withdrawn and they have been told why.");
        return Redirect(WorkforceLinks.EmployerPeopleDetails(PersonId));
    }
}
