namespace Naas.Web.Features.Reviews;

/// <summary>Independent review (¶42): the social worker asks (<see cref="ReviewRequests"/>), with their employer's view
/// (<see cref="EmployerViews"/>), within the set period; the programme assigns a reviewer not involved before
/// (<see cref="ReviewerAssignment"/>); the reviewer upholds, re-marks or grants a fresh attempt, with reasons the
/// candidate reads (<see cref="ReviewDecisions"/>). Every step has a deadline and an audit record in the same
/// transaction.</summary>
public static class ReviewsFeature
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewRequests>();
        services.AddScoped<EmployerViews>();
        services.AddScoped<ReviewerAssignment>();
        services.AddScoped<ReviewCases>();
        services.AddScoped<ReviewDecisions>();
        return services;
    }
}
