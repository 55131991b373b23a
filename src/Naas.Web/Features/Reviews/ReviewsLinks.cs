namespace Naas.Web.Features;

/// <summary>Every address of the Reviews capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class ReviewsLinks
{
    public static string Admin() => $"/admin/reviews";

    public static string AdminShow(Guid id) => $"/admin/reviews/{id}";

    public static string Employer() => $"/employer/reviews";

    public static string EmployerRespond(Guid id) => $"/employer/reviews/{id}";

    public static string Me() => $"/me/reviews";

    public static string MeNew(Guid id) => $"/me/reviews/new/{id}";

    public static string Reviewer() => $"/review";

    public static string ReviewerShow(Guid id) => $"/review/{id}";
}
