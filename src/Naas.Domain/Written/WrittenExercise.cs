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

    /// <summary>The fewest characters of feedback a marker writes for the candidate: the candidate is owed reasons
    /// (¶41, ¶74), not only a number.</summary>
    public const int MinFeedbackCharacters = 40;

    public const int MaxFeedbackCharacters = 4000;

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

    /// <summary>A criterion as the marker meets it: what it assesses and the most it earns.</summary>
    public sealed record Criterion(int Number, string Text, int MaxMarks);

    /// <summary>A blind marker's marks, checked: a whole number from 0 to each criterion's maximum for every
    /// criterion, and feedback the candidate can learn from. Returns the total and the problems, each with the
    /// field it belongs to.</summary>
    public static (int Score, int Max, IReadOnlyList<(string Field, string Message)> Problems) CheckMarks(
        IReadOnlyList<Criterion> criteria,
        IReadOnlyDictionary<int, string?> entered,
        string? feedback
    )
    {
        var problems = new List<(string, string)>();
        var score = 0;
        foreach (var c in criteria)
        {
            var field = $"c{c.Number}";
            var raw = entered.GetValueOrDefault(c.Number)?.Trim();
            if (string.IsNullOrEmpty(raw))
                problems.Add((field, $"Enter a mark for criterion {c.Number}, from 0 to {c.MaxMarks}"));
            else if (!int.TryParse(raw, out var m) || m < 0 || m > c.MaxMarks)
                problems.Add(
                    (field, $"The mark for criterion {c.Number} must be a whole number from 0 to {c.MaxMarks}")
                );
            else
                score += m;
        }
        var text = feedback?.Trim() ?? "";
        if (text.Length < MinFeedbackCharacters)
            problems.Add(
                (
                    "Feedback",
                    $"Write feedback for the candidate of at least {MinFeedbackCharacters} characters: what the script did well and what to develop"
                )
            );
        else if (text.Length > MaxFeedbackCharacters)
            problems.Add(("Feedback", $"Feedback must be {MaxFeedbackCharacters:N0} characters or fewer"));
        return (score, criteria.Sum(c => c.MaxMarks), problems);
    }

    /// <summary>The pass mark for a script out of <paramref name="max"/>: the adopted one, scaled in proportion where
    /// the panels rated an exercise with a different total (as for the simulations).</summary>
    public static (decimal PassMark, bool Scaled) PassMark(decimal adopted, decimal ratedOutOf, decimal max) =>
        max == ratedOutOf
            ? (adopted, false)
            : (Math.Round(adopted * max / ratedOutOf, 2, MidpointRounding.AwayFromZero), true);
}
