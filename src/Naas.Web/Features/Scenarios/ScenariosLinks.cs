namespace Naas.Web.Features;

/// <summary>Every address of the Scenarios capability, built from the same templates as its pages' <c>@page</c>
/// routes. In the features' root namespace, so that every page and service reaches it without a using.</summary>
public static class ScenariosLinks
{
    public static string Author() => $"/content/scenarios";

    public static string AuthorNew() => $"/content/scenarios/new";

    public static string AuthorDetails(Guid id) => $"/content/scenarios/{id}";

    public static string AuthorEdit(Guid id) => $"/content/scenarios/{id}/edit";

    public static string AuthorCriterion(Guid id) => $"/content/scenarios/{id}/criteria/new";
}
