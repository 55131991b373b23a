namespace Naas.Domain.Observation;

/// <summary>The reflective conversation (¶32; seed 003, "a reflective assessment"; issue 15, item 6): held by the lead
/// observer after the candidate's last simulation, exploring their hypotheses, and scored on criteria of its own.</summary>
public static class ReflectiveElement
{
    /// <summary>The assessment model's element kind this feeds.</summary>
    public const string Kind = "Reflective";

    /// <summary>The practice leaders' in-depth interview (¶45), held and scored on the same machinery after the last
    /// role play, against the leaders' guide, as an element of its own.</summary>
    public const string InterviewKind = "Interview";

    /// <summary>The element the conversation after the last simulation feeds at a status: the in-depth interview for
    /// practice leaders, the reflective assessment for the others.</summary>
    public static string KindFor(Workforce.StatusLevel level) =>
        level == Workforce.StatusLevel.Leader ? InterviewKind : Kind;

    /// <summary>The conversation as it is named in a sentence at a status.</summary>
    public static string WordsFor(Workforce.StatusLevel level) =>
        level == Workforce.StatusLevel.Leader ? "in-depth interview" : "reflective conversation";

    /// <summary>Why the conversation cannot be scored after this simulation, or null when it can: it comes after
    /// the last of the candidate's simulations (two at least), once that simulation has been played, and only where
    /// the reflective element is taken this time.</summary>
    public static string? Refusal(
        bool played,
        bool isLast,
        int simulations,
        bool takesReflective,
        bool alreadyScored,
        string words = "reflective conversation"
    )
    {
        if (alreadyScored)
            return $"This candidate's {words} has been scored";
        if (!takesReflective)
            return $"The candidate's {words} result is kept from their earlier assessment: there is nothing to score";
        if (simulations < SimulationElement.Simulations || !isLast)
            return $"The {words} follows the candidate's last simulation: score it from that simulation's sheet";
        if (!played)
            return $"The {words} can be scored once this simulation has been played";
        return null;
    }
}

/// <summary>A reflective conversation guide as the programme writes it, checked before it is published as a new
/// version: the questions the observer explores, one to a line, the time, and criteria of its own.</summary>
public sealed record ReflectiveGuideDraft(
    string? Title,
    string? Prompts,
    int? Minutes,
    IReadOnlyList<Marking.CriterionDraft> Criteria
)
{
    public IReadOnlyList<string> PromptLines =>
        (Prompts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Title))
            problems.Add((nameof(Title), "Enter the guide's title"));
        else if (Title.Trim().Length > 200)
            problems.Add((nameof(Title), "The guide's title must be 200 characters or fewer"));
        if (PromptLines.Count == 0)
            problems.Add((nameof(Prompts), "Enter at least one question for the observer to explore, one to a line"));
        else if (Prompts!.Trim().Length > 4000)
            problems.Add((nameof(Prompts), "The questions must be 4,000 characters or fewer"));
        if (Minutes is null or < 5 or > 60)
            problems.Add((nameof(Minutes), "Enter how long the conversation lasts in minutes, from 5 to 60"));
        problems.AddRange(Marking.MarkingGuide.Validate(Criteria));
        return problems;
    }
}
