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
    public const int Lowest = 1;
    public const int Highest = 5;

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
