using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Pages.Account;

[EnableRateLimiting("sign-in")]
public class SignInModel(SignInManager<ApplicationUser> signIn, IAuthenticationSchemeProvider schemes) : NaasPage
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? OidcName { get; private set; }

    public async Task OnGetAsync() => OidcName = (await schemes.GetSchemeAsync("oidc"))?.DisplayName;

    public async Task<IActionResult> OnPostAsync()
    {
        OidcName = (await schemes.GetSchemeAsync("oidc"))?.DisplayName;
        if (string.IsNullOrWhiteSpace(Input.Email)) ModelState.AddModelError("Input.Email", "Enter your email address");
        else if (!PersonInput.IsEmail(Input.Email)) ModelState.AddModelError("Input.Email", "Enter an email address in the correct format, like name@example.com");
        if (string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", "Enter your password");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturn() });
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("Input.Email", "Your account is locked after too many attempts. Try again in 5 minutes");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Email", "The email address or password is not right");
            return Page();
        }
        return LocalRedirect(SafeReturn());
    }

    public IActionResult OnPostExternal() =>
        Challenge(signIn.ConfigureExternalAuthenticationProperties("oidc", Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturn() })), "oidc");

    private string SafeReturn() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
