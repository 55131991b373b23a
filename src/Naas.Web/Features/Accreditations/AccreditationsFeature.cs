namespace Naas.Web.Features.Accreditations;

/// <summary>Accreditation awarded, certificates, Open Badges credentials and their status lists, expiry
/// reminders.</summary>
public static class AccreditationsFeature
{
    public static IServiceCollection AddAccreditations(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<CredentialSigner>();
        services.AddScoped<CertificateService>();
        services.AddScoped<AccreditationSearch>();
        services.AddScoped<StandingChanges>();
        services.AddScoped<StatusLists>();
        services.AddScoped<ReaccreditationReminders>();
        services.AddScoped<AccreditationAwarder>();
        if (config.GetValue("Reminders:Enabled", true))
            services.AddHostedService<ReminderProcessor>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccreditations(this IEndpointRouteBuilder app)
    {
        app.MapCredentials();
        return app;
    }
}
