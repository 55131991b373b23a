namespace Naas.Web.Features.Recordings;

/// <summary>Simulations' recordings (issue 15, item 7): resumable upload from the centre, playback with range
/// requests to those allowed (each viewing recorded), deletion after the retention period by a daily job.</summary>
public static class RecordingsFeature
{
    public static IServiceCollection AddRecordings(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<RecordingUploads>();
        services.AddScoped<RecordingPlayback>();
        services.AddScoped<RecordingRetention>();
        if (config.GetValue("Recordings:RetentionJob", true))
            services.AddHostedService<RecordingRetentionProcessor>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecordingsFeature(this IEndpointRouteBuilder app)
    {
        app.MapRecordings();
        return app;
    }
}
