namespace Naas.Web.Features;

/// <summary>Every address of the Observation capability, built from the same templates as its pages' <c>@page</c>
/// routes and its endpoint. In the features' root namespace, so that every page and service reaches it without a
/// using.</summary>
public static class ObservationLinks
{
    public static string Marker() => $"/observe";

    public static string MarkerSheet(Guid id) => $"/observe/{id}";

    public static string MarkerSheetSave(Guid id) => $"/observe/{id}/save";

    public static string MarkerReflective(Guid id) => $"/observe/{id}/reflective";

    public static string AdminModeration() => $"/admin/moderation";

    public static string AdminModerationCase(Guid id) => $"/admin/moderation/{id}";

    public static string AdminAgreement() => "/admin/moderation/agreement";

    public static string AdminReflectiveGuides() => "/admin/moderation/reflective-guides";
}
