using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

/// <summary>Chooses a new password from the emailed link. The token is Identity's own (tied to the account's
/// security stamp, so it works once and every older link stops working when the password changes).</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting("sign-in")]
public class ResetPasswordModel(NaasDbContext db, UserManager<ApplicationUser> users) : NaasPage
{
    public const int LinkHours = 2;

    public sealed class InputModel
    {
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserIdentifier { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }
    public bool Valid { get; private set; }
    public bool Done { get; private set; }

    private async Task<(ApplicationUser? User, string? Token)> FindAsync()
    {
        if (UserIdentifier is null || string.IsNullOrEmpty(Token))
            return (null, null);
        var user = await users.FindByIdAsync(UserIdentifier.Value.ToString());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            return (null, null);
        }
        if (
            user is null
            || !await users.VerifyUserTokenAsync(
                user,
                users.Options.Tokens.PasswordResetTokenProvider,
                UserManager<ApplicationUser>.ResetPasswordTokenPurpose,
                token
            )
        )
            return (null, null);
        Valid = true;
        return (user, token);
    }

    public async Task OnGetAsync() => await FindAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, token) = await FindAsync();
        if (user is null)
            return Page();
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter a new password");
        else if (Input.Password != Input.ConfirmPassword)
            ModelState.AddModelError("Input.ConfirmPassword", "Passwords must match");
        if (!ModelState.IsValid)
            return Page();
        var reset = await users.ResetPasswordAsync(user, token!, Input.Password!);
        if (!reset.Succeeded)
        {
            foreach (var e in reset.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password") ? "Input.Password" : "", e.Description);
            return Page();
        }
        // A reset also ends a lockout: the person has proved they hold the mailbox.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.Record(new PasswordReset(user.Id, user.SocialWorkerId, user.DisplayName ?? ""), user.OrganisationId);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }
}
