using System.Security.Cryptography;

namespace Naas.Domain.Written;

/// <summary>The written assessment (¶37; DOMAIN "Written assessment"; issue 15, item 5): case notes, analysis, risk
/// assessment and decisions written in the browser from the information in the scenarios, against the same server
/// clock as the knowledge test, then marked blind against the exercise's criteria.</summary>
public static class WrittenExercise
{
    /// <summary>The assessment model's element kind this feeds.</summary>
    public const string Kind = "Written";

    /// <summary>The most one answer may hold: about 3,000 words, well beyond any task's guide, so that nobody is
    /// stopped mid-sentence, and small enough that an autosave stays a few kilobytes.</summary>
    public const int MaxAnswerCharacters = 20_000;

    // Crockford's base 32 without I, L, O and U: read aloud or copied by hand without confusion.
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A script's blind code ("W-7K3Q9M"): what a marker knows the script by, carrying nothing of the
    /// candidate (random, not derived from any id).</summary>
    public static string NewCode()
    {
        Span<char> code = stackalloc char[8];
        code[0] = 'W';
        code[1] = '-';
        for (var i = 2; i < code.Length; i++)
            code[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        return new string(code);
    }

    /// <summary>Seconds allowed: the exercise's minutes with the candidate's agreed extra time (the knowledge test's
    /// reasonable adjustment applies to every timed element, ¶38).</summary>
    public static int AllowedSeconds(int minutes, int extraTimePercent) =>
        minutes * 60 * (100 + Math.Max(0, extraTimePercent)) / 100;

    /// <summary>Words as a reader counts them: runs of characters between white space.</summary>
    public static int Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? 0
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    /// <summary>The problem with an answer as saved, if any: only its length can be wrong (an empty answer is the
    /// candidate's to give).</summary>
    public static string? AnswerProblem(int task, string? text) =>
        text is { Length: > MaxAnswerCharacters }
            ? $"Your answer to task {task} is longer than {MaxAnswerCharacters:N0} characters: shorten it, then save again"
            : null;
}

/// <summary>A task of a written exercise as the programme writes it.</summary>
public sealed record WrittenTaskDraft(string? Prompt, int? WordGuide)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Prompt) && WordGuide is null;
}

/// <summary>A written exercise as the programme writes it, checked before it is published as a new version.</summary>
public sealed record WrittenExerciseDraft(
    string? Title,
    string? Instructions,
    string? CaseInformation,
    int? Minutes,
    IReadOnlyList<WrittenTaskDraft> Tasks,
    IReadOnlyList<Marking.CriterionDraft> Criteria
)
{
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
        Text(nameof(Title), Title, "the exercise's title", 200);
        Text(nameof(Instructions), Instructions, "the instructions to candidates", 4000);
        Text(nameof(CaseInformation), CaseInformation, "the case information it is written from", 16000);
        if (Minutes is null or < 15 or > 240)
            problems.Add((nameof(Minutes), "Enter the time allowed in minutes, from 15 to 240"));
        var tasks = 0;
        for (var i = 0; i < Tasks.Count; i++)
        {
            var t = Tasks[i];
            if (t.IsBlank)
                continue;
            tasks++;
            if (string.IsNullOrWhiteSpace(t.Prompt))
                problems.Add(($"Tasks[{i}].Prompt", $"Enter what task {i + 1} asks"));
            else if (t.Prompt.Trim().Length > 2000)
                problems.Add(($"Tasks[{i}].Prompt", $"Task {i + 1} must be 2,000 characters or fewer"));
            if (t.WordGuide is null or < 50 or > 5000)
                problems.Add(
                    ($"Tasks[{i}].WordGuide", $"Enter about how many words task {i + 1} needs, from 50 to 5,000")
                );
        }
        if (tasks == 0)
            problems.Add(("Tasks[0].Prompt", "Write at least one task"));
        problems.AddRange(Marking.MarkingGuide.Validate(Criteria));
        return problems;
    }
}
