using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

[EnableRateLimiting("sign-in")]
public class TwoFactorModel(SignInManager<ApplicationUser> signIn) : NaasPage
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var code = (Input.Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0)
            ModelState.AddModelError("Input.Code", "Enter the code from your authenticator app");
        else if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            ModelState.AddModelError("Input.Code", "The code must be 6 numbers");
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : HomeLinks.Home());
        ModelState.AddModelError(
            "Input.Code",
            result.IsLockedOut
                ? "Your account is locked after too many attempts. Try again in 5 minutes"
                : "The code is not right or has expired. Enter the code shown in your app now"
        );
        return Page();
    }
}
