using System.Security.Claims;
using Naas.Data.Seed;

namespace Naas.Web.Infrastructure;

/// <summary>The service navigation for each role: where its work is, few enough items to sit on one row at
/// desktop width (GOV.UK service navigation). The programme's rarer areas are reached from its overview.</summary>
public static class Menu
{
    public sealed record Item(string Href, string Text, string[] Section);

    private static Item I(string href, string text, params string[] section) => new(href, text, section.Length == 0 ? [href] : section);

    public static IEnumerable<Item> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.ProgrammeAdministrator))
        {
            yield return I("/admin", "Overview", "/admin/organisations", "/admin/standards", "/admin/settings", "/admin/invitations");
            yield return I("/admin/blueprints", "Tests");
            yield return I("/admin/standard-setting", "Standard setting");
            yield return I("/admin/results", "Results");
            yield return I("/admin/reviews", "Reviews");
            yield return I("/admin/accreditations", "Accreditations");
            yield return I("/admin/adjustments", "Adjustments");
            yield return I("/admin/audit", "Audit");
        }
        if (user.IsInRole(Roles.EmployerLead))
        {
            yield return I("/employer/workforce", "Workforce", "/employer/workforce", "/employer/people", "/employer/endorse", "/employer/endorsements", "/employer/export", "/employer/template");
            yield return I("/employer/results", "Results");
            yield return I("/employer/reaccreditation", "Re-accreditation");
            yield return I("/employer/reviews", "Reviews");
            yield return I("/employer/plans", "Development plans");
            yield return I("/employer/import", "Import");
            yield return I("/employer/api-keys", "API keys");
        }
        if (user.IsInRole(Roles.ContentAuthor)) yield return I("/content/items", "Item bank", "/content");
        if (user.IsInRole(Roles.StandardSettingPanellist)) yield return I("/panel", "Standard setting");
        if (user.IsInRole(Roles.IndependentReviewer)) yield return I("/review", "Reviews");
        if (user.IsInRole(Roles.Assessor)) yield return I("/marking", "Marking");
        if (user.IsInRole(Roles.CentreCoordinator)) yield return I("/invigilation", "Invigilation");
        if (user.IsInRole(Roles.SocialWorker))
        {
            yield return I("/me", "Your record", "/me/certificates", "/me/contact", "/me/download", "/me/reaccreditation", "/me/respond", "/me/sharing", "/me/reviews", "/me/endorsements");
            yield return I("/me/test", "Knowledge test");
            yield return I("/me/results", "Results");
        }
    }

    /// <summary>Where a role's work starts: each person lands there after signing in.</summary>
    public static string Home(ClaimsPrincipal user) => For(user).FirstOrDefault()?.Href ?? "/";
}
