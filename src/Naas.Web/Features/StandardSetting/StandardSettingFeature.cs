namespace Naas.Web.Features.StandardSetting;

/// <summary>Standard-setting panels: exercises, panellists' ratings and the pass marks they set.</summary>
public static class StandardSettingFeature
{
    public static IServiceCollection AddStandardSetting(this IServiceCollection services)
    {
        services.AddScoped<StandardSettingService>();
        services.AddScoped<AdoptedPassMarks>();
        return services;
    }
}
