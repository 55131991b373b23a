using Naas.Domain.Scenarios;

namespace Naas.Domain.Observation;

/// <summary>An observer's rating of one criterion of the marking guide, with the evidence they saw.</summary>
public sealed record CriterionRating(int Criterion, CriterionLevel? Level, string? Evidence);

/// <summary>An observer's sheet for one simulation as it stands: a rating and evidence per criterion, the global
/// judgement kept beside them, and notes for the lead observer's narrative.</summary>
public sealed record SheetContent(IReadOnlyList<CriterionRating> Ratings, GlobalJudgement? Global, string? Notes)
{
    public const int MaxEvidence = 2000;
    public const int MaxNotes = 4000;

    /// <summary>What can be saved at any time, part done: only lengths and criteria that exist.</summary>
    public IReadOnlyList<(string Field, string Message)> ValidateDraft(int criteria)
    {
        var problems = new List<(string, string)>();
        foreach (var r in Ratings)
        {
            if (r.Criterion < 1 || r.Criterion > criteria)
                problems.Add(("", $"The marking guide has no criterion {r.Criterion}"));
            else if (r.Evidence is { Length: > MaxEvidence })
                problems.Add(
                    (
                        $"Evidence{r.Criterion}",
                        $"The evidence for criterion {r.Criterion} must be 2,000 characters or fewer"
                    )
                );
        }
        if (Notes is { Length: > MaxNotes })
            problems.Add(("Notes", "Your notes must be 4,000 characters or fewer"));
        return problems;
    }

    /// <summary>What a sheet must hold before it is submitted: every criterion rated with the evidence for it, and the
    /// global judgement. A submitted sheet changes only by a recorded correction.</summary>
    public IReadOnlyList<(string Field, string Message)> ValidateSubmission(int criteria)
    {
        var problems = ValidateDraft(criteria).ToList();
        for (var c = 1; c <= criteria; c++)
        {
            var r = Ratings.FirstOrDefault(x => x.Criterion == c);
            if (r?.Level is null)
                problems.Add(($"Level{c}", $"Rate criterion {c}"));
            if (string.IsNullOrWhiteSpace(r?.Evidence))
                problems.Add(($"Evidence{c}", $"Write what you saw for criterion {c}: the evidence for your rating"));
        }
        if (Global is null)
            problems.Add(("Global", "Give your global judgement of the whole performance"));
        return problems;
    }

    /// <summary>The criteria score: the sum of the levels (0 to 3 each), for results and borderline regression.</summary>
    public int Score => Ratings.Sum(r => (int?)r.Level ?? 0);
}

/// <summary>Saving a sheet from more than one device: every save names the revision it was made from, and a save made
/// from an older revision than the stored one is a conflict, shown to the observer, never silently applied.</summary>
public static class SheetRevisions
{
    public static bool IsConflict(int stored, int savedFrom) => savedFrom != stored;
}
