namespace Naas.Web.Features.KnowledgeTest;

/// <summary>Blueprints and windows, bookings and adjustments, the sitting itself, autosave and invigilation.</summary>
public static class KnowledgeTestFeature
{
    public static IServiceCollection AddKnowledgeTest(this IServiceCollection services)
    {
        services.AddScoped<SittingScorer>();
        services.AddScoped<SittingClock>();
        services.AddScoped<SittingStart>();
        services.AddScoped<AnswerRecorder>();
        services.AddSingleton<Autosaver>();
        services.AddScoped<BookingService>();
        services.AddScoped<BlueprintService>();
        services.AddSingleton<StartWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<StartWarmup>());
        services.AddHealthChecks().AddCheck<StartWarmupCheck>("warm-up", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeTest(this IEndpointRouteBuilder app)
    {
        app.MapAutosave();
        return app;
    }
}
