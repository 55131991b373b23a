namespace Naas.Web.Features;

/// <summary>Every address of the Reports capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class ReportsLinks
{
    public static string EmployerReport(Guid id) => $"/employer/results/{id}";

    public static string MeShow(Guid id) => $"/me/results/{id}/report";
}
