namespace Naas.Web.Features.Fairness;

/// <summary>Equality monitoring and fairness reports (issue 16).</summary>
public static class FairnessFeature
{
    public static IServiceCollection AddFairness(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<FairnessData>();
        services.AddScoped<KnowledgeSittings>();
        services.AddScoped<KnowledgeDif>();
        services.AddScoped<KnowledgeAnalysis>();
        services.AddScoped<RaterAnalysis>();
        services.AddScoped<Analyses>();
        if (config.GetValue("Analysis:Enabled", true))
            services.AddHostedService<AnalysisProcessor>();
        return services;
    }
}
