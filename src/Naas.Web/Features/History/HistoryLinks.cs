namespace Naas.Web.Features;

/// <summary>Every address of the History capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class HistoryLinks
{
    public static string AdminTimeline() => $"/admin/timeline";

    public static string AdminTimeline(Guid id) => $"/admin/timeline/{id}";

    /// <summary>One page of a person's timeline, newest first (page 1 is <see cref="AdminTimeline(Guid)"/>).</summary>
    public static string AdminTimeline(Guid id, int page) => $"/admin/timeline/{id}?page={page}";

    public static string MeHistory() => $"/me/history";

    public static string MeHistory(int page) => $"/me/history?page={page}";
}
