namespace Naas.Domain.Eligibility;

/// <summary>The numbers the consultation asked about, as settings with the seeds' values as defaults.
/// The programme administrator changes them; every change is audited.</summary>
public sealed record EligibilityPolicy
{
    /// <summary>¶61: 12 months' full-time continuous employment with the same employer, ASYE included.</summary>
    public int AsyeMonthsWithSameEmployer { get; init; } = 12;
    /// <summary>¶61: expected to be put forward within a year of completing the ASYE.</summary>
    public int AsyePutForwardWithinMonthsOfCompletion { get; init; } = 12;
    /// <summary>¶62: new practice supervisors, 12 months in the role with the same employer.</summary>
    public int NewSupervisorMonthsInRole { get; init; } = 12;
    /// <summary>¶62: new practice leaders, 12 months in the role with the same employer.</summary>
    public int NewLeaderMonthsInRole { get; init; } = 12;
    /// <summary>¶64–66 and question 5: put forward within 6 or 12 months of moving in from other social work.</summary>
    public int MovedFromOtherSocialWorkPutForwardMonths { get; init; } = 12;
    /// <summary>¶67–69 and question 6: put forward within 6 or 12 months of taking up post from outside England.</summary>
    public int MovedFromOutsideEnglandPutForwardMonths { get; init; } = 12;

    public static EligibilityPolicy Default { get; } = new();

    public static IReadOnlyList<(string Key, string Label, string Paragraph)> Settings { get; } =
    [
        (nameof(AsyeMonthsWithSameEmployer), "Months of full-time continuous employment with the same employer before newly qualified social workers are assessed", "¶61"),
        (nameof(AsyePutForwardWithinMonthsOfCompletion), "Months after completing the ASYE by which newly qualified social workers should be put forward", "¶61"),
        (nameof(NewSupervisorMonthsInRole), "Months in role with the same employer before new practice supervisors are assessed", "¶62"),
        (nameof(NewLeaderMonthsInRole), "Months in role with the same employer before new practice leaders are assessed", "¶62"),
        (nameof(MovedFromOtherSocialWorkPutForwardMonths), "Months after moving in from other social work by which someone should be put forward", "¶64–66, question 5"),
        (nameof(MovedFromOutsideEnglandPutForwardMonths), "Months after taking up post from outside England by which someone should be put forward", "¶67–69, question 6"),
    ];

    /// <summary>Builds a policy from stored key/value settings; unknown keys are ignored, missing keys keep defaults.</summary>
    public static EligibilityPolicy From(IReadOnlyDictionary<string, int> values)
    {
        int Get(string key, int fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        var d = Default;
        return new EligibilityPolicy
        {
            AsyeMonthsWithSameEmployer = Get(nameof(AsyeMonthsWithSameEmployer), d.AsyeMonthsWithSameEmployer),
            AsyePutForwardWithinMonthsOfCompletion = Get(nameof(AsyePutForwardWithinMonthsOfCompletion), d.AsyePutForwardWithinMonthsOfCompletion),
            NewSupervisorMonthsInRole = Get(nameof(NewSupervisorMonthsInRole), d.NewSupervisorMonthsInRole),
            NewLeaderMonthsInRole = Get(nameof(NewLeaderMonthsInRole), d.NewLeaderMonthsInRole),
            MovedFromOtherSocialWorkPutForwardMonths = Get(nameof(MovedFromOtherSocialWorkPutForwardMonths), d.MovedFromOtherSocialWorkPutForwardMonths),
            MovedFromOutsideEnglandPutForwardMonths = Get(nameof(MovedFromOutsideEnglandPutForwardMonths), d.MovedFromOutsideEnglandPutForwardMonths),
        };
    }

    public IReadOnlyDictionary<string, int> ToValues() => new Dictionary<string, int>
    {
        [nameof(AsyeMonthsWithSameEmployer)] = AsyeMonthsWithSameEmployer,
        [nameof(AsyePutForwardWithinMonthsOfCompletion)] = AsyePutForwardWithinMonthsOfCompletion,
        [nameof(NewSupervisorMonthsInRole)] = NewSupervisorMonthsInRole,
        [nameof(NewLeaderMonthsInRole)] = NewLeaderMonthsInRole,
        [nameof(MovedFromOtherSocialWorkPutForwardMonths)] = MovedFromOtherSocialWorkPutForwardMonths,
        [nameof(MovedFromOutsideEnglandPutForwardMonths)] = MovedFromOutsideEnglandPutForwardMonths,
    };
}
