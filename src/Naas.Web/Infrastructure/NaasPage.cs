using Microsoft.AspNetCore.Mvc.RazorPages;
using Naas.Data;

namespace Naas.Web.Infrastructure;

/// <summary>What every page needs: who is asking, today's date, and a way to say "done".</summary>
public abstract class NaasPage : PageModel
{
    protected CallerScope Scope => User.ToScope();
    protected Guid OrganisationId => User.OrganisationId() ?? throw new InvalidOperationException("No organisation on this account.");
    protected Guid UserId => User.UserId() ?? throw new InvalidOperationException("Not signed in.");
    protected void Success(string message) => TempData["Success"] = message;
}
