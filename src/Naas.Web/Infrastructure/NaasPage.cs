using Microsoft.AspNetCore.Mvc.RazorPages;
using Naas.Data;

namespace Naas.Web.Infrastructure;

/// <summary>What every page needs: who is asking, today's date, and a way to say "done".</summary>
public abstract class NaasPage : PageModel
{
    protected CallerScope Scope => User.ToScope();
    protected Guid OrganisationId =>
        User.OrganisationId() ?? throw new InvalidOperationException("No organisation on this account.");
    protected Guid UserId => User.UserId() ?? throw new InvalidOperationException("Not signed in.");

    protected void Success(string message) => TempData["Success"] = message;

    /// <summary>A page whose upload was too large to read comes back here with the limit to say (see <see
    /// cref="UploadLimits"/>).</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method))
            UploadLimits.AddTooLargeError(context, UploadField);
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>The name of the page's file field, where a too-large upload's error is shown.</summary>
    protected virtual string UploadField => "Upload";
}
