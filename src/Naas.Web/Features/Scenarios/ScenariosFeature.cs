namespace Naas.Web.Features.Scenarios;

/// <summary>The scenario library for the simulated practice assessment (issue 15): content authors write a scenario's
/// briefing, actor's brief and marking guide, and another author approves it.</summary>
public static class ScenariosFeature
{
    public static IServiceCollection AddScenarios(this IServiceCollection services)
    {
        services.AddScoped<ScenarioDrafts>();
        services.AddScoped<ScenarioGuides>();
        services.AddScoped<ScenarioReviews>();
        return services;
    }
}
