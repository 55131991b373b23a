namespace Naas.Web.Features.Reviews;

/// <summary>Independent reviews of a result: the request, the employer's view, the reviewer's decision.</summary>
public static class ReviewsFeature
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewService>();
        return services;
    }
}
