namespace Naas.Web.Features;

/// <summary>Every address of the Workforce capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class WorkforceLinks
{
    public static string AdminOrganisations() => $"/admin/organisations";

    public static string AdminOrganisationsEdit(string id) => $"/admin/organisations/{Uri.EscapeDataString(id)}";

    public static string EmployerExport() => $"/employer/export";

    public static string EmployerImport() => $"/employer/import";

    public static string EmployerPeopleAdd() => $"/employer/people/add";

    public static string EmployerPeopleDetails(Guid id) => $"/employer/people/{id}";

    public static string EmployerPeopleEdit(Guid id) => $"/employer/people/{id}/edit";

    public static string EmployerPeopleEngagement(Guid id, string engagementId) =>
        $"/employer/people/{id}/engagements/{Uri.EscapeDataString(engagementId)}";

    public static string EmployerTemplate() => $"/employer/template";

    public static string EmployerWorkforce() => $"/employer/workforce";

    public static string MeContact() => $"/me/contact";

    public static string MeDownload() => $"/me/download";
}
