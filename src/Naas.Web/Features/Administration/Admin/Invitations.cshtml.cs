using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Administration.Admin;

public class InvitationsModel(
    NaasDbContext db,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    IConfiguration config
) : NaasPage
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Role { get; set; } = Roles.EmployerLead;
        public Guid? OrganisationId { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();
    public List<Organisation> Organisations { get; private set; } = [];
    public List<Invitation> Recent { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    // Social workers get their accounts from their record (a later step), not from here.
    public IReadOnlyList<Choice> RoleChoices { get; } =
        Roles.All.Where(r => r != Roles.SocialWorker).Select(r => new Choice(r, Roles.Name(r))).ToList();

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.IsActive)
            .OrderBy(o => o.Name)
            .ToListAsync(ct);
        Recent = await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(20).ToListAsync(ct);
    }

    public async Task OnGetAsync(Guid? organisationId, CancellationToken ct)
    {
        Input.OrganisationId = organisationId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Input.Name))
            ModelState.AddModelError("Input.Name", "Enter their full name");
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Enter their email address");
        else if (!PersonInput.IsEmail(Input.Email))
            ModelState.AddModelError(
                "Input.Email",
                "Enter an email address in the correct format, like name@example.com"
            );
        else if (await users.FindByEmailAsync(Input.Email.Trim()) is not null)
            ModelState.AddModelError("Input.Email", "There is already an account with this email address");
        if (Input.Role is null || !RoleChoices.Any(c => c.Value == Input.Role))
            ModelState.AddModelError("Input.Role", "Select their role");
        var org = Input.OrganisationId is { } oid ? Organisations.SingleOrDefault(o => o.Id == oid) : null;
        if (Input.Role == Roles.EmployerLead && org is null)
            ModelState.AddModelError("Input.OrganisationId", "Select the organisation they will manage");
        if (!ModelState.IsValid)
            return Page();
        db.Invite(
            clock,
            config["Service:BaseUrl"] ?? $"{Request.Scheme}://{Request.Host}",
            Input.Email!.Trim(),
            Input.Name!.Trim(),
            Input.Role!,
            Input.Role == Roles.EmployerLead ? org!.Id : null,
            null,
            org?.Name ?? "the national programme"
        );
        await db.SaveChangesAsync(ct);
        Success($"An invitation has been sent to {Input.Email.Trim()}.");
        return RedirectToPage();
    }
}
