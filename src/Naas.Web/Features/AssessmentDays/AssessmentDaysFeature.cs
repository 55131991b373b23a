namespace Naas.Web.Features.AssessmentDays;

/// <summary>Centres and their rooms, actors and observers, assessment days and their simulation sessions, and giving
/// each session its actor and observers under the clash rules (issue 15, items 2 and 3).</summary>
public static class AssessmentDaysFeature
{
    public static IServiceCollection AddAssessmentDays(this IServiceCollection services)
    {
        services.AddScoped<CentreRegister>();
        services.AddScoped<PeopleRegister>();
        services.AddScoped<DayPlanning>();
        services.AddScoped<SimulationBookings>();
        services.AddScoped<RunSheet>();
        services.AddScoped<SessionStaffing>();
        return services;
    }
}
