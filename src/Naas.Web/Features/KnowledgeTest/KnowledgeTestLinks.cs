namespace Naas.Web.Features;

/// <summary>Every address of the KnowledgeTest capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class KnowledgeTestLinks
{
    public static string AdminAdjustments() => $"/admin/adjustments";

    public static string AdminBlueprints() => $"/admin/blueprints";

    public static string AdminBlueprintsEdit(Guid id) => $"/admin/blueprints/{id}";

    public static string Invigilator() => $"/invigilation";

    public static string InvigilatorSitting(Guid id) => $"/invigilation/{id}";

    public static string Me() => $"/me/test";

    public static string MeBook() => $"/me/test/book";

    public static string MeBreak(Guid id) => $"/me/test/{id}/break";

    public static string MeCheck(Guid id) => $"/me/test/{id}/check";

    public static string MeQuestion(Guid id, int position) => $"/me/test/{id}/{position}";

    /// <summary>Where the question page's script saves an answer as it is chosen.</summary>
    public static string MeAutosave(Guid id, int position) => $"/me/test/{id}/{position}/autosave";

    public static string MeResult(Guid id) => $"/me/test/{id}/result";
}
