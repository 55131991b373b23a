namespace Naas.Web.Features.Marking;

/// <summary>Observers' marking of the practice elements, their evidence, and the programme's import of marks.</summary>
public static class MarkingFeature
{
    public static IServiceCollection AddMarking(this IServiceCollection services)
    {
        services.AddScoped<MarkRecorder>();
        services.AddScoped<CriterionMarkedResults>();
        services.AddScoped<MarkerAssignments>();
        services.AddScoped<MarkerTasks>();
        services.AddScoped<MarkEvidenceStore>();
        services.AddScoped<MarksImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapMarking(this IEndpointRouteBuilder app)
    {
        app.MapEvidence();
        return app;
    }
}
