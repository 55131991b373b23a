namespace Naas.Web.Features;

/// <summary>Every address of the Reaccreditations capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class ReaccreditationsLinks
{
    public static string Employer() => $"/employer/reaccreditation";

    public static string MeReaccreditation() => $"/me/reaccreditation";
}
