namespace Naas.Web.Features.History;

/// <summary>History read from the typed audit: one person's timeline for the programme, and their own for a social
/// worker.</summary>
public static class HistoryFeature
{
    public static IServiceCollection AddHistory(this IServiceCollection services)
    {
        services.AddScoped<HistoryReader>();
        return services;
    }
}
