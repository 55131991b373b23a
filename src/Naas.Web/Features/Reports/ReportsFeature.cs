namespace Naas.Web.Features.Reports;

/// <summary>The feedback report on a result, and consent to share it.</summary>
public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportService>();
        services.AddScoped<ReportConsents>();
        services.AddScoped<EmployerSummaries>();
        return services;
    }
}
