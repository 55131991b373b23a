namespace Naas.Web.Features;

/// <summary>Every address of the DevelopmentPlans capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class DevelopmentPlansLinks
{
    public static string Employer() => $"/employer/plans";

    public static string EmployerShow(Guid id) => $"/employer/plans/{id}";

    public static string MePlan(Guid id) => $"/me/results/{id}/plan";
}
