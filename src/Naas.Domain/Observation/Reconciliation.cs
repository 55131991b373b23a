using Naas.Domain.Scenarios;

namespace Naas.Domain.Observation;

/// <summary>Double marking (issue 15, item 8): each simulation is scored by two observers independently; where their
/// scores differ by more than the margin, or one judged the performance a pass and the other did not, a moderator
/// reconciles them with a recorded rationale. Otherwise the two agree, and the simulation's score is their mean.</summary>
public static class Reconciliation
{
    /// <summary>Whether a global judgement is on the passing side: pass, good or excellent.</summary>
    public static bool Passes(GlobalJudgement judgement) => judgement >= GlobalJudgement.Pass;

    /// <summary>Why two submitted sheets need a moderator, in words for the programme; empty when they agree.</summary>
    public static IReadOnlyList<string> Reasons(
        int leadScore,
        GlobalJudgement leadGlobal,
        int secondScore,
        GlobalJudgement secondGlobal,
        int margin
    )
    {
        var reasons = new List<string>();
        var apart = Math.Abs(leadScore - secondScore);
        if (apart > margin)
            reasons.Add(
                $"The observers' scores ({leadScore} and {secondScore}) are {apart} points apart, more than the margin of {margin}."
            );
        if (Passes(leadGlobal) != Passes(secondGlobal))
            reasons.Add(
                $"One observer judged the performance {(Passes(leadGlobal) ? leadGlobal : secondGlobal).Name()} and the other {(Passes(leadGlobal) ? secondGlobal : leadGlobal).Name()}: a pass and not a pass."
            );
        return reasons;
    }

    /// <summary>What a moderator's reconciliation must give: a level for every criterion, a global judgement, and the
    /// rationale (the candidate's reviewer reads it).</summary>
    public static IReadOnlyList<(string Field, string Message)> ValidateDecision(
        IReadOnlyList<CriterionLevel?> levels,
        GlobalJudgement? global,
        string? rationale
    )
    {
        var problems = new List<(string, string)>();
        for (var i = 0; i < levels.Count; i++)
            if (levels[i] is null)
                problems.Add(($"Level{i + 1}", $"Give the agreed rating for criterion {i + 1}"));
        if (global is null)
            problems.Add(("Global", "Give the agreed global judgement"));
        if (string.IsNullOrWhiteSpace(rationale))
            problems.Add(("Rationale", "Explain how you reconciled the two sheets: the candidate's reviewer reads it"));
        else if (rationale.Trim().Length > 4000)
            problems.Add(("Rationale", "The rationale must be 4,000 characters or fewer"));
        return problems;
    }
}
