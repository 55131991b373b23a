using Naas.Domain.Workforce;

namespace Naas.Domain.Scenarios;

/// <summary>One criterion of a simulation's marking guide: what is assessed, the area of the knowledge and skills
/// statement it evidences, and behavioural anchors for each level, one behaviour to a line. Any behaviour on a level's
/// list earns that level, so that more than one good approach earns credit (`000`: no single right answer).</summary>
public sealed record CriterionContent(
    string? Text,
    int? AreaNumber,
    string? NotShown,
    string? PartlyShown,
    string? Shown,
    string? StronglyShown
)
{
    /// <summary>The fewest different behaviours the "shown" anchor must accept: one would make a single right
    /// answer.</summary>
    public const int ApproachesAtShown = 2;

    public static IReadOnlyList<string> Behaviours(string? anchor) =>
        (anchor ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Length > 0)
            .ToList();

    public IReadOnlyList<(string Field, string Message)> Validate(IReadOnlyCollection<int> areasOfTheStatus)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Text))
            problems.Add((nameof(Text), "Enter what the criterion assesses"));
        else if (Text.Trim().Length > 500)
            problems.Add((nameof(Text), "The criterion must be 500 characters or fewer"));
        if (AreaNumber is null)
            problems.Add((nameof(AreaNumber), "Select the area of the knowledge and skills statement it evidences"));
        else if (!areasOfTheStatus.Contains(AreaNumber.Value))
            problems.Add(
                (nameof(AreaNumber), "Select an area of the knowledge and skills statement of the scenario's status")
            );
        foreach (
            var (field, anchor, level) in new[]
            {
                (nameof(NotShown), NotShown, CriterionLevel.NotShown),
                (nameof(PartlyShown), PartlyShown, CriterionLevel.PartlyShown),
                (nameof(Shown), Shown, CriterionLevel.Shown),
                (nameof(StronglyShown), StronglyShown, CriterionLevel.StronglyShown),
            }
        )
        {
            var behaviours = Behaviours(anchor);
            if (behaviours.Count == 0)
                problems.Add((field, $"Describe what a candidate does at \"{level.Name().ToLowerInvariant()}\""));
            else if (behaviours.Sum(b => b.Length) > 2000)
                problems.Add(
                    (field, $"The \"{level.Name().ToLowerInvariant()}\" anchor must be 2,000 characters or fewer")
                );
            else if (level == CriterionLevel.Shown && behaviours.Count < ApproachesAtShown)
                problems.Add(
                    (
                        field,
                        "Give at least two different behaviours that show this, one to a line: more than one good approach must earn credit"
                    )
                );
        }
        return problems;
    }
}

/// <summary>A simulation as its author writes it (¶31–32): the candidate's briefing and preparation time, the actor's
/// brief and the marking guide. Practitioners' scenarios are parts of one family's case that build on each other;
/// supervisors' are separate cases, one of them supervising a social worker.</summary>
public sealed record ScenarioContent(
    StatusLevel For,
    string? Title,
    string? CaseName,
    int? Part,
    bool SupervisesSocialWorker,
    string? Briefing,
    int? PreparationMinutes,
    int? SimulationMinutes,
    string? ActorPlays,
    string? ActorKnows,
    string? ActorFeels,
    string? ActorResponses,
    string? ActorNeverSays
)
{
    public const int MinCriteria = 3;
    public const int MaxCriteria = 12;

    /// <summary>What must be right before the scenario can be saved as a draft.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var problems = new List<(string, string)>();
        void Text(string field, string? value, string what, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
                problems.Add((field, $"Enter {what}"));
            else if (value.Trim().Length > max)
                problems.Add(
                    (field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer")
                );
        }
        Text(nameof(Title), Title, "the scenario's title", 200);
        if (For == StatusLevel.Practitioner)
        {
            Text(nameof(CaseName), CaseName, "the family's case this scenario is part of", 200);
            if (Part is null or < 1 or > 9)
                problems.Add((nameof(Part), "Enter which part of the family's case this is, from 1 to 9"));
            if (SupervisesSocialWorker)
                problems.Add(
                    (
                        nameof(SupervisesSocialWorker),
                        "Only a practice supervisor's scenario can be about supervising a social worker"
                    )
                );
        }
        else if (CaseName is { Length: > 200 })
            problems.Add((nameof(CaseName), "The case's name must be 200 characters or fewer"));
        Text(nameof(Briefing), Briefing, "the candidate's briefing", 8000);
        if (PreparationMinutes is null or < 1 or > 60)
            problems.Add((nameof(PreparationMinutes), "Enter the preparation time in minutes, from 1 to 60"));
        if (SimulationMinutes is null or < 5 or > 60)
            problems.Add((nameof(SimulationMinutes), "Enter how long the simulation runs in minutes, from 5 to 60"));
        Text(nameof(ActorPlays), ActorPlays, "who the actor plays", 1000);
        Text(nameof(ActorKnows), ActorKnows, "what the actor's character knows", 4000);
        Text(nameof(ActorFeels), ActorFeels, "how the actor's character feels", 4000);
        Text(nameof(ActorResponses), ActorResponses, "how the character responds to each approach", 4000);
        Text(nameof(ActorNeverSays), ActorNeverSays, "what the actor must never say", 2000);
        return problems;
    }

    /// <summary>What must also be right before the scenario can go to review: a whole marking guide, and for a
    /// practice supervisor's set, nothing a practitioner's case needs.</summary>
    public static IReadOnlyList<(string Field, string Message)> ValidateGuide(
        IReadOnlyList<CriterionContent> criteria,
        IReadOnlyCollection<int> areasOfTheStatus
    )
    {
        var problems = new List<(string, string)>();
        if (criteria.Count < MinCriteria)
            problems.Add(("Criteria", $"Add at least {MinCriteria} marking criteria before sending it for review"));
        if (criteria.Count > MaxCriteria)
            problems.Add(("Criteria", $"A marking guide has at most {MaxCriteria} criteria"));
        for (var i = 0; i < criteria.Count; i++)
            if (criteria[i].Validate(areasOfTheStatus) is [var (_, message), ..])
                problems.Add(("Criteria", $"Criterion {i + 1}: {message}"));
        if (
            criteria.Count > 0
            && criteria.Select(c => c.Text?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != criteria.Count
        )
            problems.Add(("Criteria", "Two criteria say the same thing: each must assess something different"));
        return problems;
    }
}
