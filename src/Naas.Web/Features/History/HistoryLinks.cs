namespace Naas.Web.Features;

/// <summary>Every address of the History capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class HistoryLinks
{
    public static string AdminTimeline() => $"/admin/timeline";

    public static string AdminTimeline(Guid id) => $"/admin/timeline/{id}";

    public static string MeHistory() => $"/me/history";
}
