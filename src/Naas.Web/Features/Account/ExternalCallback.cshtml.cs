using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

/// <summary>OpenID Connect sign-in: an organisation's own identity provider vouches for the email address;
/// the account (and so its role and organisation) must already exist here, by invitation.</summary>
public class ExternalCallbackModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : NaasPage
{
    public string Problem { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = "Your organisation's sign-in did not complete.";
            return Page();
        }
        var existing = await signIn.ExternalLoginSignInAsync(
            info.LoginProvider,
            info.ProviderKey,
            isPersistent: false,
            bypassTwoFactor: true
        );
        if (existing.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : HomeLinks.Home());
        var email = info.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            Problem = "There is no account for your email address. Ask your programme administrator for an invitation.";
            return Page();
        }
        await users.AddLoginAsync(user, info);
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : HomeLinks.Home());
    }
}
