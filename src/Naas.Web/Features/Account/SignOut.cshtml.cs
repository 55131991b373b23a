using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Account;

public class SignOutModel(SignInManager<ApplicationUser> signIn) : NaasPage
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
