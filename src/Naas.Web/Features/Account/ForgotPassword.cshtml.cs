using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

/// <summary>Asks for a password reset link. The page says the same thing whether or not the address has an
/// account, so nobody learns from it who is registered; the link goes only to the account's own address.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting("sign-in")]
public class ForgotPasswordModel(
    NaasDbContext db,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    IConfiguration config
) : NaasPage
{
    [BindProperty]
    public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        else if (!PersonInput.IsEmail(Email))
            ModelState.AddModelError(
                nameof(Email),
                "Enter an email address in the correct format, like name@example.com"
            );
        if (!ModelState.IsValid)
            return Page();

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user?.Email is not null)
        {
            var token = WebEncoders.Base64UrlEncode(
                Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user))
            );
            var baseUrl = (config["Service:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');
            db.Email(
                clock,
                user.Email,
                "Reset your password for the National Assessment and Accreditation System",
                $"Someone asked to reset the password for your account.\n\nTo choose a new password, open this link within {ResetPasswordModel.LinkHours} hours:\n"
                    + $"{baseUrl}{AccountLinks.ResetPassword()}?user={user.Id}&token={token}\n\n"
                    + "If it was not you, you need do nothing: your password has not changed."
            );
            db.Record(new PasswordResetRequested(user.Id, user.SocialWorkerId, user.Email), user.OrganisationId);
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
