using Naas.Domain.Workforce;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>The choices on the assessment-day pages.</summary>
public static class AssessmentDayChoices
{
    public static readonly IReadOnlyList<Choice> YesNo = [new("yes", "Yes"), new("no", "No")];

    public static readonly IReadOnlyList<Choice> Statuses =
    [
        new(nameof(StatusLevel.Practitioner), "Child and family practitioner"),
        new(nameof(StatusLevel.Supervisor), "Practice supervisor"),
        new(nameof(StatusLevel.Leader), "Practice leader"),
    ];
}
