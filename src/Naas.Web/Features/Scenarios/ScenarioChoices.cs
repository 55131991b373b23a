using Naas.Domain.Workforce;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Scenarios;

/// <summary>The choices on the scenario pages.</summary>
public static class ScenarioChoices
{
    public static readonly IReadOnlyList<Choice> YesNo = [new("yes", "Yes"), new("no", "No")];

    public static readonly IReadOnlyList<Choice> Statuses =
    [
        new(
            nameof(StatusLevel.Practitioner),
            "Child and family practitioner",
            "One family's case, in parts that build on each other"
        ),
        new(
            nameof(StatusLevel.Supervisor),
            "Practice supervisor",
            "Separate cases, including supervising a social worker"
        ),
        new(nameof(StatusLevel.Leader), "Practice leader", "Role plays of the leaders' assessment day"),
    ];
}
