namespace Naas.Web.Features;

/// <summary>Every address of the Administration capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class AdministrationLinks
{
    public static string Admin() => $"/admin";

    public static string AdminAudit() => $"/admin/audit";

    public static string AdminInvitations() => $"/admin/invitations";

    public static string AdminSettings() => $"/admin/settings";
}
