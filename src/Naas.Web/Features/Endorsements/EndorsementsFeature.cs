namespace Naas.Web.Features.Endorsements;

/// <summary>An employer putting a social worker forward, the social worker's agreement, and withdrawal.</summary>
public static class EndorsementsFeature
{
    public static IServiceCollection AddEndorsements(this IServiceCollection services)
    {
        services.AddScoped<EndorsementService>();
        return services;
    }
}
