namespace Naas.Domain.Scenarios;

/// <summary>The observer's overall view of a simulation, recorded beside the criteria ratings and apart from them, so
/// that the performance standard can be set by borderline regression: the pass mark is the criteria score that
/// candidates judged "borderline" are predicted to get (DOMAIN.md, Pass marks; issue 15).</summary>
public enum GlobalJudgement
{
    Fail = 1,
    Borderline = 2,
    Pass = 3,
    Good = 4,
    Excellent = 5,
}

/// <summary>The levels at which a marking criterion is rated. Each is described by behavioural anchors: what a
/// candidate says or does that earns it.</summary>
public enum CriterionLevel
{
    NotShown = 0,
    PartlyShown = 1,
    Shown = 2,
    StronglyShown = 3,
}

public static class ScenarioWords
{
    public static string Name(this GlobalJudgement j) => j.ToString().ToLowerInvariant();

    public static string Name(this CriterionLevel l) =>
        l switch
        {
            CriterionLevel.NotShown => "Not shown",
            CriterionLevel.PartlyShown => "Partly shown",
            CriterionLevel.Shown => "Shown",
            _ => "Strongly shown",
        };
}
