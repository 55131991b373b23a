using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Naas.Data.Entities;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

[EnableRateLimiting("sign-in")]
public class SignInModel(SignInManager<ApplicationUser> signIn, IAuthenticationSchemeProvider schemes) : NaasPage
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }
    public string? OidcName { get; private set; }

    public async Task OnGetAsync() => OidcName = (await schemes.GetSchemeAsync("oidc"))?.DisplayName;

    public const string NotRight =
        "The email address or password is not right. After 5 wrong tries signing in is paused for 5 minutes";

    public async Task<IActionResult> OnPostAsync()
    {
        OidcName = (await schemes.GetSchemeAsync("oidc"))?.DisplayName;
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Enter your email address");
        else if (!PersonInput.IsEmail(Input.Email))
            ModelState.AddModelError(
                "Input.Email",
                "Enter an email address in the correct format, like name@example.com"
            );
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter your password");
        if (!ModelState.IsValid)
            return Page();

        var result = await signIn.PasswordSignInAsync(
            Input.Email!.Trim(),
            Input.Password!,
            isPersistent: false,
            lockoutOnFailure: true
        );
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturn() });
        // A locked account gets exactly the words a wrong password gets, so nobody learns from the page which
        // email addresses have accounts (an address with none never locks).
        if (result.IsLockedOut || !result.Succeeded)
        {
            ModelState.AddModelError("Input.Email", NotRight);
            return Page();
        }
        return LocalRedirect(SafeReturn());
    }

    public IActionResult OnPostExternal() =>
        Challenge(
            signIn.ConfigureExternalAuthenticationProperties(
                "oidc",
                Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturn() })
            ),
            "oidc"
        );

    private string SafeReturn() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : HomeLinks.Home();
}
