namespace Naas.Web.Features.Fairness;

/// <summary>Equality monitoring and fairness reports (issue 16).</summary>
public static class FairnessFeature
{
    public static IServiceCollection AddFairness(this IServiceCollection services)
    {
        services.AddScoped<FairnessData>();
        services.AddScoped<KnowledgeDif>();
        return services;
    }
}
