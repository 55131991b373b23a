using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Workforce.Employer.People;

public class EditModel(NaasDbContext db, PersonEditing editing, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PersonForm Person { get; set; } = new();

    /// <summary>False when another employer holds the details (ADR 0014): the page explains and shows no
    /// form.</summary>
    public bool HoldsDetails { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var p = await db.SocialWorkers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (p is null)
            return NotFound();
        HoldsDetails = PersonDetailsRule.HoldsDetails(p, OrganisationId);
        if (HoldsDetails)
            Person = PersonForm.From(p);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = await db
            .SocialWorkers.Where(x => x.Id == Id)
            .Select(x => new { x.DetailsOrganisationId })
            .SingleOrDefaultAsync(ct);
        if (held is null)
            return NotFound();
        if (held.DetailsOrganisationId != OrganisationId)
        {
            HoldsDetails = false;
            return Page();
        }
        var input = Person.Read(ModelState, nameof(Person), clock.Today());
        if (input is null)
            return Page();
        var problems = await editing.UpdatePersonAsync(Id, input, ct);
        if (problems is null)
            return NotFound();
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, nameof(Person));
            return Page();
        }
        Success("Personal details saved.");
        return Redirect(WorkforceLinks.EmployerPeopleDetails(Id));
    }
}
