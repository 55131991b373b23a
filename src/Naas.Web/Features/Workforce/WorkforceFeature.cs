namespace Naas.Web.Features.Workforce;

/// <summary>Organisations, social workers and their engagements; import, export and a person's own details.</summary>
public static class WorkforceFeature
{
    public static IServiceCollection AddWorkforce(this IServiceCollection services)
    {
        services.AddScoped<WorkforceViews>();
        services.AddScoped<WorkforceUpserts>();
        services.AddScoped<PersonEditing>();
        services.AddScoped<WorkforceImporter>();
        services.AddScoped<WorkforceRowChecks>();
        services.AddScoped<WorkforceExport>();
        return services;
    }
}
