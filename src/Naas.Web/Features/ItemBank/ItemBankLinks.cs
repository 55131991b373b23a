namespace Naas.Web.Features;

/// <summary>Every address of the ItemBank capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class ItemBankLinks
{
    public static string AuthorCases() => $"/content/cases";

    public static string AuthorCasesEdit(Guid id) => $"/content/cases/{id}";

    public static string AuthorCasesNew() => $"/content/cases/new";

    public static string AuthorItems() => $"/content/items";

    public static string AuthorItemsDetails(Guid id) => $"/content/items/{id}";

    public static string AuthorItemsEdit(Guid id) => $"/content/items/{id}/edit";

    public static string AuthorItemsInterchange() => $"/content/items/qti";

    public static string AuthorItemsNew() => $"/content/items/new";

    public static string CaseCaptions(Guid id) => $"/media/cases/{id}/captions";

    public static string CaseDescriptions(Guid id) => $"/media/cases/{id}/descriptions";

    public static string CaseMedia(Guid id) => $"/media/cases/{id}";
}
