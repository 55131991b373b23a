using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Naas.Web.Features.Home;

[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";
    public string Message { get; private set; } = "Try again later. Nothing you saved has been lost.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code == 404)
        {
            Title = "Page not found";
            Message =
                "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.";
        }
        else if (code == 403)
        {
            Title = "You cannot see this page";
            Message = "Your account does not give you access to this page.";
        }
        else if (code == 429)
        {
            Title = "Too many requests";
            Message = "Wait a minute, then try again.";
        }
        if (code is { } c)
            Response.StatusCode = c;
    }
}
