namespace Naas.Domain.Results;

/// <summary>An element's result: pass or fail, not a grade (¶40); a fail within the narrow margin is told apart
/// because it alone may be retaken quickly (¶75).</summary>
public enum ElementResult
{
    Pass = 1,
    NarrowFail = 2,
    Fail = 3,
}

public static class ElementGrading
{
    /// <summary>Pass at or above the pass mark; a narrow fail when below it by no more than the margin, given as a
    /// percentage of the marks available; otherwise a fail.</summary>
    public static ElementResult Grade(decimal score, decimal max, decimal passMark, decimal narrowMarginPercent)
    {
        if (max <= 0)
            throw new ArgumentOutOfRangeException(nameof(max), "An element must have marks available.");
        if (score >= passMark)
            return ElementResult.Pass;
        return passMark - score <= max * narrowMarginPercent / 100m ? ElementResult.NarrowFail : ElementResult.Fail;
    }

    public static string Words(this ElementResult r) =>
        r switch
        {
            ElementResult.Pass => "Passed",
            ElementResult.NarrowFail => "Not passed, narrowly",
            _ => "Not passed",
        };
}

/// <summary>What a released outcome was, as it is stored and shown: the kind of <see cref="Outcome"/> without its
/// details.</summary>
public enum OutcomeKind
{
    Accredited,
    RetakeElement,
    RetakeWhole,
}

/// <summary>The overall outcome once every element has a result.</summary>
public abstract record Outcome
{
    /// <summary>Every element passed: the status is awarded (¶40).</summary>
    public sealed record Accredited : Outcome;

    /// <summary>One element narrowly failed and the rest passed: that element alone may be retaken, by the date,
    /// once the employer re-endorses; the other results are kept (¶75).</summary>
    public sealed record RetakeElement(string Element, DateOnly By) : Outcome;

    /// <summary>Two or more failed, or a fail that was not narrow, or a retaken element failed again: the whole
    /// assessment, not before the date, when the employer re-endorses (¶74, ¶76).</summary>
    public sealed record RetakeWhole(DateOnly NotBefore, string Reason) : Outcome;

    /// <summary>Not every element of the status's assessment model has a result yet: nothing can be released.</summary>
    public sealed record Incomplete(IReadOnlyList<string> Missing) : Outcome;
}

public sealed record RetakeSettings(int ElementRetakeWithinMonths, int WholeRetakeAfterMonths);

/// <summary>The outcome rules of ¶74–76, over whichever elements a status's assessment model has.</summary>
public static class OutcomeRules
{
    /// <param name="elements">The elements the status's assessment model requires.</param>
    /// <param name="results">Each element's result, with retaken elements' new results in place of the old.</param>
    /// <param name="retaken">The element retaken this time, if this is a single-element retake.</param>
    public static Outcome Decide(
        IReadOnlyList<string> elements,
        IReadOnlyDictionary<string, ElementResult> results,
        string? retaken,
        DateOnly releasedOn,
        RetakeSettings settings
    )
    {
        var missing = elements.Where(e => !results.ContainsKey(e)).ToList();
        if (missing.Count > 0)
            return new Outcome.Incomplete(missing);
        var failed = elements.Where(e => results[e] != ElementResult.Pass).ToList();
        if (failed.Count == 0)
            return new Outcome.Accredited();
        var whole = releasedOn.AddMonths(settings.WholeRetakeAfterMonths);
        if (failed.Count > 1)
            return new Outcome.RetakeWhole(
                whole,
                $"{failed.Count} elements were not passed, so the whole assessment is taken again (¶76)"
            );
        var only = failed[0];
        if (results[only] == ElementResult.Fail)
            return new Outcome.RetakeWhole(
                whole,
                $"The {only} was not passed by more than the narrow margin, so the whole assessment is taken again (¶76)"
            );
        if (retaken == only)
            return new Outcome.RetakeWhole(
                whole,
                $"The retaken {only} was not passed, so the whole assessment is taken again (¶75–76)"
            );
        return new Outcome.RetakeElement(only, releasedOn.AddMonths(settings.ElementRetakeWithinMonths));
    }

    /// <summary>Whether a retake may be booked now, and what it covers; the words say why not.</summary>
    public static (bool Allowed, IReadOnlyList<string> Elements, string? Refusal) RetakeAllowed(
        Outcome previous,
        IReadOnlyList<string> elements,
        bool reEndorsed,
        DateOnly today
    ) =>
        previous switch
        {
            _ when !reEndorsed => (false, [], "Your employer needs to endorse you again before you retake (¶74–75)."),
            // Past the short window the single-element route has lapsed: the whole assessment is retaken instead.
            Outcome.RetakeElement r when today > r.By => (true, elements, null),
            Outcome.RetakeElement r => (true, [r.Element], null),
            Outcome.RetakeWhole w when today < w.NotBefore => (
                false,
                [],
                $"The whole assessment can be taken again from {w.NotBefore.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} (¶76)."
            ),
            Outcome.RetakeWhole => (true, elements, null),
            Outcome.Accredited => (false, [], "You are already accredited at this status."),
            _ => (false, [], "Your results have not been released yet."),
        };

    /// <summary>The results a retake is judged on: those kept from before, with the retaken elements' new
    /// results.</summary>
    public static IReadOnlyDictionary<string, ElementResult> Combine(
        IReadOnlyDictionary<string, ElementResult> kept,
        IReadOnlyDictionary<string, ElementResult> retaken
    )
    {
        var combined = new Dictionary<string, ElementResult>(kept);
        foreach (var (e, r) in retaken)
            combined[e] = r;
        return combined;
    }
}
