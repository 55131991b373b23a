namespace Naas.Domain.StakeholderFeedback;

/// <summary>Who a practice leader asks for structured feedback (¶43–45: "social workers in the service, peers,
/// managers, elected members and partners").</summary>
public enum RespondentCategory
{
    ServiceSocialWorker = 1,
    Peer = 2,
    Manager = 3,
    ElectedMember = 4,
    Partner = 5,
}

public static class RespondentCategories
{
    public static string Words(this RespondentCategory c) =>
        c switch
        {
            RespondentCategory.ServiceSocialWorker => "Social workers in the service",
            RespondentCategory.Peer => "Peers",
            RespondentCategory.Manager => "Managers",
            RespondentCategory.ElectedMember => "Elected members",
            RespondentCategory.Partner => "Partners",
            _ => c.ToString(),
        };
}

/// <summary>Structured feedback for practice leaders (issue 15, item 10): each respondent rates the leader against each
/// area of the leaders' standard from 1 (not seen) to 5 (consistently); answers are shown only in aggregate, and only
/// for a category with at least the set number of respondents, so that nobody's answer can be picked out.</summary>
public static class FeedbackRules
{
    /// <summary>The assessment model's element kind the feedback feeds.</summary>
    public const string Kind = "StakeholderFeedback";

    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>The feedback as the element's mark: each area's mean over the categories shown (each category
    /// weighed equally, so that ten peers do not drown three elected members), the score their sum, out of the highest
    /// rating for every area.</summary>
    public sealed record Score(
        decimal Total,
        int Max,
        int Respondents,
        IReadOnlyList<RespondentCategory> Counted,
        IReadOnlyList<decimal> AreaMeans
    );

    /// <summary>The element's mark from the aggregate, or why it cannot be scored yet: only categories shown (at
    /// least the threshold answered) count, and at least <paramref name="minimumCategories"/> of them must be, so
    /// that one circle of colleagues cannot decide it. Answers in a hidden category are not counted at all: the mark
    /// cannot then reveal them.</summary>
    public static (Score? Score, string? Waiting) Combine(
        IReadOnlyList<CategoryResult> results,
        int areas,
        int threshold,
        int minimumCategories
    )
    {
        var shown = results.Where(r => r.Means is not null).ToList();
        if (areas <= 0)
            return (null, "The leaders' standard has no areas to rate");
        if (shown.Count < minimumCategories)
            return (
                null,
                $"Structured feedback is scored once at least {minimumCategories} groups each have {threshold} answers: {shown.Count} {(shown.Count == 1 ? "has" : "have")}"
            );
        var means = Enumerable
            .Range(0, areas)
            .Select(i => Math.Round((decimal)shown.Average(r => r.Means![i]), 2, MidpointRounding.AwayFromZero))
            .ToList();
        return (
            new Score(
                means.Sum(),
                Highest * areas,
                shown.Sum(r => r.Answered),
                shown.Select(r => r.Category).ToList(),
                means
            ),
            null
        );
    }

    /// <summary>One category's answers as the leader and the programme see them: hidden below the threshold (only how
    /// many answered), otherwise each area's mean.</summary>
    public sealed record CategoryResult(RespondentCategory Category, int Answered, IReadOnlyList<double>? Means);

    public static IReadOnlyList<CategoryResult> Aggregate(
        IEnumerable<(RespondentCategory Category, IReadOnlyList<int> Ratings)> answers,
        int areas,
        int threshold
    ) =>
        answers
            .GroupBy(a => a.Category)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var list = g.ToList();
                return new CategoryResult(
                    g.Key,
                    list.Count,
                    list.Count < threshold
                        ? null
                        : Enumerable.Range(0, areas).Select(i => list.Average(a => (double)a.Ratings[i])).ToList()
                );
            })
            .ToList();

    /// <summary>Problems with one respondent's answers: every area rated within the scale.</summary>
    public static List<(string Field, string Message)> Check(IReadOnlyList<int?> ratings, string? comment)
    {
        var problems = new List<(string, string)>();
        for (var i = 0; i < ratings.Count; i++)
            if (ratings[i] is not (>= Lowest and <= Highest))
                problems.Add(($"Area{i + 1}", $"Choose how often you have seen this, for area {i + 1}"));
        if (comment?.Trim().Length > 2000)
            problems.Add(("Comment", "Your comment must be 2,000 characters or fewer"));
        return problems;
    }
}
