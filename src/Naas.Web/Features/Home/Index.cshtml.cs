using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Home;

public class IndexModel : NaasPage
{
    /// <summary>Signed-in people go straight to where their work is, whatever their role (<see
    /// cref="Menu.Home"/>).</summary>
    public IActionResult OnGet()
    {
        var home = Menu.Home(User);
        return home == "/" ? Page() : Redirect(home);
    }
}
