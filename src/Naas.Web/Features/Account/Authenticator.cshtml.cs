using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

/// <summary>TOTP second factor (RFC 6238) through ASP.NET Core Identity's authenticator token provider.</summary>
public class AuthenticatorModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    NaasDbContext db
) : NaasPage
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();
    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = (await users.GetUserAsync(User))!;
        var code = (Input.Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0)
            ModelState.AddModelError("Input.Code", "Enter the code from your authenticator app");
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError("Input.Code", "The code is not right. Enter the code shown in your app now");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        db.Record(new TwoFactorChanged(user.Id, user.SocialWorkerId, user.DisplayName ?? "", On: true));
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        Success("You will now be asked for a code from your authenticator app when you sign in.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = (await users.GetUserAsync(User))!;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        db.Record(new TwoFactorChanged(user.Id, user.SocialWorkerId, user.DisplayName ?? "", On: false));
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        Success("You no longer need a code to sign in.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var user = (await users.GetUserAsync(User))!;
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/NAAS:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=NAAS&digits=6";
    }
}
