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
