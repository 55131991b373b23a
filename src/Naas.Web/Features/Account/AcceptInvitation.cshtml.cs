using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

public class AcceptInvitationModel(
    NaasDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    TimeProvider clock
) : NaasPage
{
    public sealed class InputModel
    {
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [FromRoute]
    public string Token { get; set; } = "";
    public bool Valid { get; private set; }
    public string Email { get; private set; } = "";
    public string RoleName { get; private set; } = "";

    private async Task<Invitation?> FindAsync()
    {
        var hash = Invitations.Hash(Token);
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt < clock.GetUtcNow())
            return null;
        (Valid, Email, RoleName) = (true, invitation.Email, Roles.Name(invitation.Role));
        return invitation;
    }

    public async Task OnGetAsync() => await FindAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await FindAsync();
        if (invitation is null)
            return Page();
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter a password");
        else if (Input.Password != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", "Passwords must match");
        if (!ModelState.IsValid)
            return Page();
        var user = new ApplicationUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = invitation.DisplayName,
            OrganisationId = invitation.OrganisationId,
            SocialWorkerId = invitation.SocialWorkerId,
        };
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password") ? "Input.Password" : "", e.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, invitation.Role);
        invitation.AcceptedAt = clock.GetUtcNow();
        db.Record(
            new InvitationAccepted(
                user.Id,
                user.SocialWorkerId,
                user.DisplayName ?? "",
                user.Email ?? "",
                invitation.Role
            ),
            invitation.OrganisationId
        );
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(HomeLinks.Home());
    }
}
