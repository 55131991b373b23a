namespace Naas.Web.Features.StakeholderFeedback;

/// <summary>Structured feedback for practice leaders (issue 15, item 10).</summary>
public static class StakeholderFeedbackFeature
{
    public static IServiceCollection AddStakeholderFeedback(this IServiceCollection services)
    {
        services.AddScoped<FeedbackService>();
        return services;
    }
}
