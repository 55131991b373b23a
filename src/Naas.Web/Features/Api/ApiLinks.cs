namespace Naas.Web.Features;

/// <summary>Every address of the Api capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class ApiLinks
{
    public static string EmployerApiKeys() => $"/employer/api-keys";

    public static string OpenApi() => $"/api/v1/openapi.json";

    public static string SocialWorkers() => $"/api/v1/social-workers";

    public static string SocialWorker(Guid id) => $"/api/v1/social-workers/{id}";

    public static string Endorsements() => $"/api/v1/endorsements";

    public static string Endorsement(Guid id) => $"/api/v1/endorsements/{id}";

    public static string EndorsementWithdraw(Guid id) => $"/api/v1/endorsements/{id}/withdraw";
}
