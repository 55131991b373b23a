namespace Naas.Web.Features;

/// <summary>Every address of the StandardSetting capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class StandardSettingLinks
{
    public static string Admin() => $"/admin/standard-setting";

    public static string AdminExercise(Guid id) => $"/admin/standard-setting/{id}";

    public static string Panel() => $"/panel";

    public static string PanelRate(Guid id) => $"/panel/{id}";
}
