using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Features.Endorsements.Employer.Endorse;

public class CheckModel(WorkforceViews workforce, NaasDbContext db, TimeProvider clock, EndorsementService endorsements)
    : EndorseStep(workforce, db, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        return State.Level is null || State.Judgement is null
            ? Redirect(EndorsementsLinks.EmployerEndorseStatus(Id))
            : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (State.Level is null)
            return Redirect(EndorsementsLinks.EmployerEndorseStatus(Id));
        var outcome = await endorsements.EndorseAsync(
            Id,
            State.Level.Value,
            State.Judgement,
            State.Evidence,
            State.ExceptionReason,
            ct
        );
        if (outcome.NotFound)
            return NotFound();
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems)
                ModelState.AddModelError("", p.Message);
            return Page();
        }
        await ClearAsync(ct);
        Success(
            $"{Person!.Person.FullName} has been endorsed for {State.Level.Value.Name()} status. We have emailed them to ask them to agree."
        );
        return Redirect(WorkforceLinks.EmployerPeopleDetails(Id));
    }
}
