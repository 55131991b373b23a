namespace Naas.Domain.Marking;

/// <summary>Marks given against criteria, each a whole number up to the criterion's maximum, with feedback for the
/// candidate: how a blind marker marks a written script and an observer the reflective conversation (issue 15, items 5
/// and 6).</summary>
public static class CriterionMarks
{
    /// <summary>The fewest characters of feedback a marker writes for the candidate: the candidate is owed reasons
    /// (¶41, ¶74), not only a number.</summary>
    public const int MinFeedbackCharacters = 40;

    public const int MaxFeedbackCharacters = 4000;

    /// <summary>A criterion as its marker meets it: what it assesses and the most it earns.</summary>
    public sealed record Criterion(int Number, string Text, int MaxMarks);

    /// <summary>Marks, checked: a whole number from 0 to each criterion's maximum for every
    /// criterion, and feedback the candidate can learn from. Returns the total and the problems, each with the
    /// field it belongs to.</summary>
    public static (int Score, int Max, IReadOnlyList<(string Field, string Message)> Problems) Check(
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

    /// <summary>The pass mark for marks out of <paramref name="max"/>: the adopted one, scaled in proportion where the
    /// panels rated an exercise with a different total (as for the simulations).</summary>
    public static (decimal PassMark, bool Scaled) PassMark(decimal adopted, decimal ratedOutOf, decimal max) =>
        max == ratedOutOf
            ? (adopted, false)
            : (Math.Round(adopted * max / ratedOutOf, 2, MidpointRounding.AwayFromZero), true);
}
