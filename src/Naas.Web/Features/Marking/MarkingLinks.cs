namespace Naas.Web.Features;

/// <summary>Every address of the Marking capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class MarkingLinks
{
    public static string AdminImport() => $"/admin/results/import";

    public static string Evidence(Guid id) => $"/evidence/{id}";

    public static string Marker() => $"/marking";

    public static string MarkerTask(Guid id) => $"/marking/{id}";
}
