namespace Naas.Web.Features.Reaccreditations;

/// <summary>Re-accreditation: CPD, the employer's confirmation and renewal.</summary>
public static class ReaccreditationsFeature
{
    public static IServiceCollection AddReaccreditations(this IServiceCollection services)
    {
        services.AddScoped<ReaccreditationService>();
        return services;
    }
}
