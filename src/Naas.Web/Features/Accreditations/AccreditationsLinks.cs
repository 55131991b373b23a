namespace Naas.Web.Features;

/// <summary>Every address of the Accreditations capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class AccreditationsLinks
{
    public static string Admin() => $"/admin/accreditations";

    public static string AdminShow(Guid id) => $"/admin/accreditations/{id}";

    public static string MeCertificate(string number) => $"/me/certificates/{Uri.EscapeDataString(number)}";

    public static string MeSharing() => $"/me/sharing";
}
