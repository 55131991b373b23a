using Microsoft.AspNetCore.Mvc;
using Naas.Data.Seed;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages;

public class IndexModel : NaasPage
{
    /// <summary>Signed-in people go straight to where their work is.</summary>
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.ProgrammeAdministrator)) return Redirect("/admin/organisations");
        if (User.IsInRole(Roles.EmployerLead)) return Redirect("/employer/workforce");
        if (User.IsInRole(Roles.SocialWorker)) return Redirect("/me");
        if (User.IsInRole(Roles.ContentAuthor)) return Redirect("/content/items");
        if (User.IsInRole(Roles.CentreCoordinator)) return Redirect("/invigilation");
        return Page();
    }
}
