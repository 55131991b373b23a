namespace Naas.Domain.Marking;

/// <summary>A criterion as the programme writes it for an element marked in the service (the written exercise, the
/// reflective conversation): what it assesses, the most it earns and what earns the marks.</summary>
public sealed record CriterionDraft(string? Text, int? MaxMarks, string? Guidance)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && MaxMarks is null && string.IsNullOrWhiteSpace(Guidance);
}

/// <summary>The checks on a marking guide's criteria as written: rows left blank are ignored, the rest must be whole.</summary>
public static class MarkingGuide
{
    public const int MinCriteria = 2;
    public const int MaxMarksPerCriterion = 20;

    /// <param name="field">The form's name for the list ("Criteria"): each problem names the row's field in it.</param>
    public static IReadOnlyList<(string Field, string Message)> Validate(
        IReadOnlyList<CriterionDraft> criteria,
        string field = "Criteria"
    )
    {
        var problems = new List<(string, string)>();
        var written = 0;
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            if (c.IsBlank)
                continue;
            written++;
            var n = i + 1;
            if (string.IsNullOrWhiteSpace(c.Text))
                problems.Add(($"{field}[{i}].Text", $"Enter what criterion {n} assesses"));
            else if (c.Text.Trim().Length > 500)
                problems.Add(($"{field}[{i}].Text", $"Criterion {n} must be 500 characters or fewer"));
            if (c.MaxMarks is not { } max || max < 1 || max > MaxMarksPerCriterion)
                problems.Add(
                    (
                        $"{field}[{i}].MaxMarks",
                        $"Enter the most criterion {n} earns, a whole number from 1 to {MaxMarksPerCriterion}"
                    )
                );
            if (string.IsNullOrWhiteSpace(c.Guidance))
                problems.Add(
                    (
                        $"{field}[{i}].Guidance",
                        $"Describe what earns the marks for criterion {n}, crediting more than one good approach"
                    )
                );
            else if (c.Guidance.Trim().Length > 4000)
                problems.Add(
                    ($"{field}[{i}].Guidance", $"The guidance for criterion {n} must be 4,000 characters or fewer")
                );
        }
        if (written < MinCriteria)
            problems.Insert(0, ($"{field}[0].Text", $"Write at least {MinCriteria} criteria to mark against"));
        return problems;
    }
}
