namespace Naas.Web.Features.Reaccreditations;

/// <summary>Re-accreditation: CPD, the employer's confirmation and renewal.</summary>
public static class ReaccreditationsFeature
{
    public static IServiceCollection AddReaccreditations(this IServiceCollection services)
    {
        services.AddScoped<CpdLog>();
        services.AddScoped<ReaccreditationRequests>();
        services.AddScoped<ReaccreditationEndorsements>();
        services.AddScoped<ShortAssessments>();
        services.AddScoped<ReaccreditationCompletion>();
        return services;
    }
}
