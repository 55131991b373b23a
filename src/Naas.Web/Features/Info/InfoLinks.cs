namespace Naas.Web.Features;

/// <summary>Every address of the Info capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class InfoLinks
{
    public static string Accessibility() => $"/accessibility";

    public static string Contact() => $"/contact";

    public static string Cookies() => $"/cookies";

    public static string Feedback() => $"/feedback";

    public static string Privacy() => $"/privacy";
}
