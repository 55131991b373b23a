namespace Naas.Web.Features.StandardSetting;

/// <summary>Standard-setting panels: exercises, panellists' ratings and the pass marks they set.</summary>
public static class StandardSettingFeature
{
    public static IServiceCollection AddStandardSetting(this IServiceCollection services)
    {
        services.AddScoped<ExerciseSetup>();
        services.AddScoped<RatingUnits>();
        services.AddScoped<PanelRatings>();
        services.AddScoped<PanelRounds>();
        services.AddScoped<PassMarkAdoption>();
        services.AddScoped<AdoptedPassMarks>();
        return services;
    }
}
