namespace Naas.Web.Features.Api;

/// <summary>/api/v1: the workforce and endorsement operations for employers' HR systems, scoped by the
/// organisation that owns the API key exactly as the pages are scoped by the signed-in employer lead.</summary>
public static class ApiEndpoints
{
    public static void MapNaasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization("Api").WithTags("Workforce and endorsement");
        api.MapWorkforceApi();
        api.MapEndorsementApi();
    }
}
