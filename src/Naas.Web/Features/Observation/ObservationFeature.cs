namespace Naas.Web.Features.Observation;

/// <summary>The observer's scoring sheet for a simulation (issue 15, item 4): by ordinary posts without JavaScript,
/// and on a tablet that keeps working offline with it.</summary>
public static class ObservationFeature
{
    public static IServiceCollection AddObservation(this IServiceCollection services)
    {
        services.AddScoped<ObservationSheets>();
        services.AddScoped<DoubleMarking>();
        services.AddScoped<SimulationResults>();
        services.AddScoped<ObserverAgreement>();
        services.AddScoped<ReflectiveConversations>();
        services.AddScoped<ReflectiveGuides>();
        return services;
    }

    public static IEndpointRouteBuilder MapObservation(this IEndpointRouteBuilder app)
    {
        app.MapSheetSave();
        return app;
    }
}
