namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>Development plans after a result: the social worker's goals and the employer's support.</summary>
public static class DevelopmentPlansFeature
{
    public static IServiceCollection AddDevelopmentPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanDrafting>();
        services.AddScoped<PlanAgreement>();
        services.AddScoped<PlanProgress>();
        return services;
    }
}
