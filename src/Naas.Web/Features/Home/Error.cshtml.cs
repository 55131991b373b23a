using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Naas.Web.Infrastructure;

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
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var unreachable = DatabaseUnavailable.Is(failed?.Error);
        if (code is null && (unreachable || DatabaseUnavailable.IsBusy(failed?.Error)))
        {
            // The database could not be reached for a moment, or was too busy to finish: say plainly that nothing
            // saved is lost and what to do, never a bare error. A candidate's answer page says so of their answer.
            DatabaseUnavailable.EmptyPool(HttpContext, failed?.Error);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = unreachable ? "10" : "1";
            var answering =
                failed!.Path.StartsWith("/me/test/", StringComparison.OrdinalIgnoreCase)
                || failed.Path.StartsWith("/me/written/", StringComparison.OrdinalIgnoreCase);
            Title =
                answering ? "We could not save your answer just now"
                : unreachable ? "Sorry, the service is unavailable for a moment"
                : "Sorry, the service was too busy to finish that";
            Message =
                answering
                    ? "Nothing you saved before has been lost. Go back to the question, where your answer should still be there, wait a few seconds and select the button again."
                : unreachable
                    ? "Nothing you saved before has been lost. Wait a few seconds, go back and try again: what you typed should still be on the page."
                : "Nothing was changed and nothing you saved before has been lost. Go back and try again: what you typed should still be on the page.";
            return;
        }
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
