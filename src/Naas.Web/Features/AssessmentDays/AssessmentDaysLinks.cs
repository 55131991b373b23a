namespace Naas.Web.Features;

/// <summary>Every address of the AssessmentDays capability, built from the same templates as its pages' <c>@page</c>
/// routes. In the features' root namespace, so that every page and service reaches it without a using.</summary>
public static class AssessmentDaysLinks
{
    public static string AdminCentres() => $"/admin/centres";

    public static string AdminCentre(Guid id) => $"/admin/centres/{id}";

    public static string AdminActors() => $"/admin/actors";

    public static string AdminObservers() => $"/admin/observers";

    public static string AdminDays() => $"/admin/assessment-days";

    public static string AdminDay(Guid id) => $"/admin/assessment-days/{id}";

    public static string AdminSession(Guid id) => $"/admin/assessment-days/sessions/{id}";

    public static string MeSimulations() => "/me/simulations";

    public static string MeBriefing(Guid id) => $"/me/simulations/{id}";

    public static string CentreRunSheet() => "/centre/run-sheet";

    public static string CentreRunSession(Guid id) => $"/centre/run-sheet/{id}";
}
