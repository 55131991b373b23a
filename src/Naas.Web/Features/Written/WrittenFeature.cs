namespace Naas.Web.Features.Written;

/// <summary>The written exercise (issue 15, item 5): sat in the browser against the server's clock with autosave and
/// resume, and marked blind.</summary>
public static class WrittenFeature
{
    public static IServiceCollection AddWritten(this IServiceCollection services)
    {
        services.AddScoped<WrittenSittings>();
        services.AddScoped<WrittenMarking>();
        services.AddScoped<WrittenExercises>();
        return services;
    }

    public static IEndpointRouteBuilder MapWritten(this IEndpointRouteBuilder app)
    {
        app.MapWrittenAutosave();
        return app;
    }
}
