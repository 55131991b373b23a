namespace Naas.Web.Features.Administration;

/// <summary>The programme's overview, policy settings, invitations and the audit.</summary>
public static class AdministrationFeature
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<PolicyStore>();
        return services;
    }
}
