namespace Naas.Web.Features.Results;

/// <summary>Assessments' marks brought together, outcomes and their release, and retakes.</summary>
public static class ResultsFeature
{
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        services.AddScoped<AssessmentViews>();
        services.AddScoped<ResultsRelease>();
        services.AddScoped<RetakePlanner>();
        return services;
    }
}
