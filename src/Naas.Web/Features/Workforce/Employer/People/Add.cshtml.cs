using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Workforce.Employer.People;

public class AddModel(WorkforceUpserts workforce, NaasDbContext db, TimeProvider clock) : NaasPage
{
    [BindProperty]
    public PersonForm Person { get; set; } = new();

    [BindProperty]
    public EngagementForm Engagement { get; set; } = new();
    public IReadOnlyList<Choice> Functions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Functions = await FunctionChoices.LoadAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Functions = await FunctionChoices.LoadAsync(db, ct);
        var person = Person.Read(ModelState, nameof(Person), clock.Today());
        var job = Engagement.Read(
            ModelState,
            nameof(Engagement),
            await workforce.FunctionCodesAsync(ct),
            (await workforce.AgenciesAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            clock.Today()
        );
        if (person is null || job is null || !ModelState.IsValid)
            return Page();
        var result = await workforce.UpsertAsync(OrganisationId, person, job, ct);
        if (!result.Succeeded)
        {
            ModelState.AddProblems(result.Problems, nameof(Person));
            return Page();
        }
        await db.SaveChangesAsync(ct);
        var id = await db
            .SocialWorkers.Where(p => p.RegistrationNumber == person.RegistrationNumber)
            .Select(p => p.Id)
            .SingleAsync(ct);
        Success(
            $"{person.GivenName} {person.FamilyName} has been added to your workforce."
                + (result.Kept.Count > 0 ? " " + string.Join(". ", result.Kept) + "." : "")
        );
        return Redirect(WorkforceLinks.EmployerPeopleDetails(id));
    }
}

public static class FunctionChoices
{
    public static async Task<IReadOnlyList<Choice>> LoadAsync(NaasDbContext db, CancellationToken ct) =>
        (
            await db
                .StatutoryFunctions.AsNoTracking()
                .OrderBy(f => f.RequiredStatus)
                .ThenBy(f => f.Description)
                .ToListAsync(ct)
        )
            .Select(f => new Choice(
                f.Code,
                f.Description,
                $"Calls for {Naas.Domain.Workforce.KindNames.Name(f.RequiredStatus)} status ({f.Paragraph})"
            ))
            .ToList();
}
