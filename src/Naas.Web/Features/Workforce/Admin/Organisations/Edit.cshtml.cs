using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Workforce.Admin.Organisations;

public class EditOrganisationModel(NaasDbContext db) : NaasPage
{
    public static readonly IReadOnlyList<Choice> Kinds = Enum.GetValues<OrganisationKind>()
        .Select(k => new Choice(
            k.ToString(),
            k.Name(),
            k == OrganisationKind.EmploymentAgency
                ? "Holds contracts with agency social workers; cannot endorse (¶72)"
                : null
        ))
        .ToList();
    public static readonly IReadOnlyList<Choice> Phases = [new("1", "Phase one"), new("2", "Phase two")];
    public static readonly IReadOnlyList<Choice> YesNo = [new("true", "Yes"), new("false", "No")];

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public OrganisationKind? Kind { get; set; }
        public string? Region { get; set; }
        public int? RolloutPhase { get; set; } = 2;
        public string? Cohort { get; set; }
        public string? Members { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Reason { get; set; }
    }

    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();
    public bool IsNew => Id == "new";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew)
            return Page();
        var o = Guid.TryParse(Id, out var gid)
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == gid, ct)
            : null;
        if (o is null)
            return NotFound();
        Input = new InputModel
        {
            Name = o.Name,
            Kind = o.Kind,
            Region = o.Region,
            RolloutPhase = o.RolloutPhase,
            Cohort = o.Cohort,
            Members = o.Members,
            IsActive = o.IsActive,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Organisation? o = null;
        if (!IsNew)
        {
            o = Guid.TryParse(Id, out var gid)
                ? await db.Organisations.SingleOrDefaultAsync(x => x.Id == gid, ct)
                : null;
            if (o is null)
                return NotFound();
        }
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError("Input.Name", "Enter the organisation's name");
        else if (name.Length > 200)
            ModelState.AddModelError("Input.Name", "Name must be 200 characters or fewer");
        else if (await db.Organisations.AnyAsync(x => x.Name == name && (o == null || x.Id != o.Id), ct))
            ModelState.AddModelError("Input.Name", "There is already an organisation with this name");
        if (Input.Kind is null)
            ModelState.AddModelError("Input.Kind", "Select the type of organisation");
        if (string.IsNullOrWhiteSpace(Input.Region))
            ModelState.AddModelError("Input.Region", "Enter the region");
        if (Input.RolloutPhase is not (1 or 2))
            ModelState.AddModelError("Input.RolloutPhase", "Select the rollout phase");
        if (string.IsNullOrWhiteSpace(Input.Reason))
            ModelState.AddModelError("Input.Reason", "Enter the reason for the change");
        if (!ModelState.IsValid)
            return Page();
        var isNew = o is null;
        o ??= new Organisation { Name = name!, Region = Input.Region!.Trim() };
        OrganisationDetails? Details(bool none) =>
            none ? null : new(o.Name, o.Kind, o.Region, o.RolloutPhase, o.Cohort, o.IsActive);
        var before = Details(isNew);
        (o.Name, o.Kind, o.Region, o.RolloutPhase, o.Cohort, o.Members, o.IsActive) = (
            name!,
            Input.Kind!.Value,
            Input.Region!.Trim(),
            Input.RolloutPhase!.Value,
            Blank(Input.Cohort),
            Blank(Input.Members),
            Input.IsActive
        );
        if (isNew)
            db.Organisations.Add(o);
        db.Record(new OrganisationSaved(o.Id, before, Details(false)!, Input.Reason!.Trim()), o.Id);
        await db.SaveChangesAsync(ct);
        Success($"{o.Name} has been saved.");
        return Redirect(WorkforceLinks.AdminOrganisations());
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
