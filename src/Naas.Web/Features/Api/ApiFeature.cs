namespace Naas.Web.Features.Api;

/// <summary>The HR systems' API (workforce and endorsements) and the employer's API keys.</summary>
public static class ApiFeature
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        app.MapNaasApi();
        return app;
    }
}
