using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Workforce.Employer.People;

/// <summary>Adds ("new") or changes one of the person's engagements with the caller's organisation.</summary>
public class EngagementModel(WorkforceUpserts workforce, NaasDbContext db, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string EngagementId { get; set; } = "";

    [BindProperty]
    public EngagementForm Engagement { get; set; } = new();
    public IReadOnlyList<Choice> Functions { get; private set; } = [];
    public string PersonName { get; private set; } = "";
    public bool IsNew => EngagementId == "new";

    private async Task<(SocialWorker?, Engagement?)> LoadAsync(CancellationToken ct)
    {
        Functions = await FunctionChoices.LoadAsync(db, ct);
        var p = await db
            .SocialWorkers.AsNoTracking()
            .Include(x => x.Engagements)
                .ThenInclude(e => e.Functions)
                    .ThenInclude(f => f.StatutoryFunction)
            .Include(x => x.Engagements)
                .ThenInclude(e => e.AgencyOrganisation)
            .SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (p is null)
            return (null, null);
        PersonName = p.FullName;
        if (IsNew)
            return (p, null);
        var e = Guid.TryParse(EngagementId, out var eid)
            ? p.Engagements.SingleOrDefault(x => x.Id == eid && x.OrganisationId == OrganisationId)
            : null;
        return (p, e);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (p, e) = await LoadAsync(ct);
        if (p is null || (!IsNew && e is null))
            return NotFound();
        if (e is not null)
            Engagement = EngagementForm.From(e);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (p, e) = await LoadAsync(ct);
        if (p is null || (!IsNew && e is null))
            return NotFound();
        var job = Engagement.Read(
            ModelState,
            nameof(Engagement),
            await workforce.FunctionCodesAsync(ct),
            (await workforce.AgenciesAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            clock.Today()
        );
        if (job is null)
            return Page();
        if (e is not null)
            job.Start = e.Start; // the start identifies the engagement
        else if (p.Engagements.Any(x => x.OrganisationId == OrganisationId && x.Start == job.Start))
        {
            ModelState.AddModelError(
                "Engagement.Start",
                "They already have an engagement with you starting on this date. Change that one instead"
            );
            return Page();
        }
        var person = new PersonInput
        {
            GivenName = p.GivenName,
            FamilyName = p.FamilyName,
            RegistrationNumber = p.RegistrationNumber,
            Email = p.Email,
            QualifiedOn = p.QualifiedOn,
            AsyeStartedOn = p.AsyeStartedOn,
            AsyeCompletedOn = p.AsyeCompletedOn,
        };
        var result = await workforce.UpsertAsync(OrganisationId, person, job, ct);
        await db.SaveChangesAsync(ct);
        Success(result.Changes.Count == 0 ? "Nothing was changed." : "Engagement saved.");
        return Redirect(WorkforceLinks.EmployerPeopleDetails(Id));
    }
}
