namespace Naas.Domain.Observation;

/// <summary>How the simulations' outcomes become the simulated observation element's mark (issue 15, item 9; ¶31–32):
/// the element is whole only when every simulation the candidate was placed in (two at least) has its outcome, agreed
/// by its observers or reconciled by a moderator; its score and marks available are the simulations' sums; its pass
/// mark is the one adopted after standard setting (¶40), scaled in proportion where the panels rated a different
/// number of marks from the scenarios the candidate met.</summary>
public static class SimulationElement
{
    /// <summary>The assessment model's element kind this feeds.</summary>
    public const string Kind = "SimulatedObservation";

    /// <summary>Two simulations with an actor (¶31, seed 003).</summary>
    public const int Simulations = 2;

    public sealed record Mark(decimal Score, decimal Max, decimal PassMark, bool Scaled);

    /// <param name="outcomes">Each decided simulation's score and marks available.</param>
    /// <param name="placed">How many simulations the candidate was placed in for this assessment.</param>
    /// <param name="passMark">The pass mark adopted for the element and status, if any.</param>
    /// <param name="ratedOutOf">The marks available in the standard-setting exercise that set it.</param>
    /// <returns>The element's mark, or why it is not ready yet, in words for the programme.</returns>
    public static (Mark? Mark, string? Waiting) Combine(
        IReadOnlyList<(decimal Score, int Max)> outcomes,
        int placed,
        decimal? passMark,
        decimal? ratedOutOf
    )
    {
        var needed = Math.Max(Simulations, placed);
        if (outcomes.Count < needed)
            return (null, $"{outcomes.Count} of {needed} simulations have an agreed or reconciled outcome");
        if (passMark is not { } adopted || ratedOutOf is not > 0)
            return (
                null,
                "No pass mark has been adopted for the simulated observation at this status: the panels' standard setting comes first (¶40)"
            );
        var score = outcomes.Sum(o => o.Score);
        var max = (decimal)outcomes.Sum(o => o.Max);
        if (max <= 0)
            return (null, "The scenarios played have no marks available");
        var scaled = max != ratedOutOf.Value;
        var mark = scaled ? Math.Round(adopted * max / ratedOutOf.Value, 2, MidpointRounding.AwayFromZero) : adopted;
        return (new Mark(score, max, mark, scaled), null);
    }

    /// <summary>The lead observers' notes for each simulation, in the order they were played, as the element's
    /// narrative feedback: what the candidate reads in their report, within the 4,000 characters feedback may
    /// hold.</summary>
    public static string? Narrative(IEnumerable<(string Scenario, string? Notes)> simulations)
    {
        var parts = simulations
            .Where(s => !string.IsNullOrWhiteSpace(s.Notes))
            .Select(s => $"{s.Scenario}: {s.Notes!.Trim()}")
            .ToList();
        if (parts.Count == 0)
            return null;
        var text = string.Join("\n\n", parts);
        return text.Length <= 4000 ? text : text[..3999] + "…";
    }
}
