using Naas.Domain.Workforce;

namespace Naas.Domain.Eligibility;

public sealed record PolicySettingDefinition(
    string Key,
    string Label,
    string Paragraph,
    int Default,
    string Unit = "months",
    int Min = 1,
    int Max = 60
)
{
    /// <summary>A yes-or-no setting: stored as 1 or 0, asked and shown as yes or no.</summary>
    public bool IsYesNo => Unit == YesNo;
    public const string YesNo = "yes or no";
}

/// <summary>The numbers the consultation asked about, as settings with the seeds' values as defaults. The
/// programme administrator changes them; every change is audited. Questions 5 and 6 asked separately for
/// practitioners, supervisors and leaders, so those windows are set per status.</summary>
public sealed class EligibilityPolicy
{
    public static IReadOnlyList<PolicySettingDefinition> Settings { get; } =
    [
        new(
            Keys.AsyeMonths,
            "Months of full-time continuous employment with the same employer before newly qualified social workers are assessed",
            "¶61",
            12
        ),
        new(
            Keys.AsyePutForward,
            "Months after completing the ASYE by which newly qualified social workers should be put forward",
            "¶61",
            12
        ),
        new(
            Keys.NewSupervisorMonths,
            "Months in role with the same employer before new practice supervisors are assessed",
            "¶62",
            12
        ),
        new(
            Keys.NewLeaderMonths,
            "Months in role with the same employer before new practice leaders are assessed",
            "¶62",
            12
        ),
        .. Enum.GetValues<StatusLevel>()
            .Select(l => new PolicySettingDefinition(
                Keys.OtherSocialWork(l),
                $"Months after moving in from other social work by which a {l.Name()} should be put forward",
                "¶64–66, question 5",
                12
            )),
        .. Enum.GetValues<StatusLevel>()
            .Select(l => new PolicySettingDefinition(
                Keys.OutsideEngland(l),
                $"Months after taking up post from outside England by which a {l.Name()} should be put forward",
                "¶67–69, question 6",
                12
            )),
        new(
            Keys.NarrowFailMarginPercent,
            "How far below an element's pass mark, as a percentage of its marks, still counts as a narrow fail",
            "¶75",
            5,
            "percent",
            0,
            50
        ),
        new(
            Keys.ElementRetakeWithinMonths,
            "Months after results within which one narrowly failed element may be retaken alone",
            "¶75",
            3
        ),
        new(Keys.WholeRetakeAfterMonths, "Months after results before the whole assessment may be retaken", "¶76", 12),
        new(
            Keys.ReviewRequestWithinDays,
            "Days after results within which a social worker may ask for an independent review",
            "¶42",
            28,
            "days",
            1,
            365
        ),
        new(
            Keys.ReviewEmployerDays,
            "Days the employer has to give its view on a review request",
            "¶42",
            10,
            "days",
            1,
            90
        ),
        new(
            Keys.ReviewAssignDays,
            "Days after the employer's view by which an independent reviewer is assigned",
            "¶42",
            5,
            "days",
            1,
            90
        ),
        new(
            Keys.ReviewDecisionDays,
            "Days after the employer's view by which the reviewer decides",
            "¶42",
            28,
            "days",
            1,
            180
        ),
        new(
            Keys.ReaccreditationYears,
            "Years an accreditation lasts before re-accreditation is due",
            "¶77–78",
            3,
            "years",
            1,
            10
        ),
        new(
            Keys.ReaccreditationReminderDays,
            "Days before re-accreditation is due that the social worker and employer are reminded",
            "¶77–78",
            90,
            "days",
            7,
            365
        ),
        new(
            Keys.ReaccreditationCpdHours,
            "Hours of CPD logged against the standards that re-accreditation needs (0: not needed)",
            "¶77–78",
            30,
            "hours",
            0,
            500
        ),
        new(
            Keys.ReaccreditationEndorsement,
            "Does re-accreditation need the employer's endorsement?",
            "¶77–78",
            1,
            PolicySettingDefinition.YesNo,
            0,
            1
        ),
        new(
            Keys.ReaccreditationShortAssessment,
            "Does re-accreditation need a short assessment?",
            "¶77–78",
            0,
            PolicySettingDefinition.YesNo,
            0,
            1
        ),
        new(
            Keys.ObserverCalibrationMonths,
            "Months after an observer's last calibration within which they may observe a simulation",
            "¶36, issue 15",
            12
        ),
        new(
            Keys.ModerationMarginPoints,
            "How far apart, in criteria points, two observers' scores of one simulation may be before a moderator reconciles them",
            "¶36, issue 15",
            2,
            "points",
            0,
            36
        ),
        new(
            Keys.RecordingRetentionMonths,
            "Months after a simulation that its recording is kept (for review and retakes) before it is deleted",
            "¶36, ¶42, issue 15",
            12,
            "months",
            3,
            84
        ),
        new(
            Keys.FeedbackMinimumRespondents,
            "Fewest respondents in a category before a practice leader's structured feedback from it is shown",
            "¶45, issue 15",
            3,
            "respondents",
            2,
            10
        ),
        new(
            Keys.FeedbackMinimumCategories,
            "Fewest categories of respondents, each with enough answers to be shown, before a practice leader's structured feedback can be scored",
            "¶45, issue 15",
            2,
            "categories",
            1,
            5
        ),
        new(
            Keys.ReportMinimumCount,
            "Fewest candidates in a group before a fairness report shows its count and pass rate (smaller groups show as \"fewer than\" this)",
            "issue 16",
            10,
            "candidates",
            3,
            100
        ),
        new(
            Keys.ReportRoundTo,
            "Counts shown in fairness reports are rounded to the nearest multiple of this (1 shows them exactly)",
            "issue 16",
            5,
            "as a multiple",
            1,
            10
        ),
    ];

    public static class Keys
    {
        public const string AsyeMonths = "AsyeMonthsWithSameEmployer";
        public const string AsyePutForward = "AsyePutForwardWithinMonthsOfCompletion";
        public const string NewSupervisorMonths = "NewSupervisorMonthsInRole";
        public const string NewLeaderMonths = "NewLeaderMonthsInRole";
        public const string NarrowFailMarginPercent = "NarrowFailMarginPercent";
        public const string ElementRetakeWithinMonths = "ElementRetakeWithinMonths";
        public const string WholeRetakeAfterMonths = "WholeRetakeAfterMonths";
        public const string ReviewRequestWithinDays = "ReviewRequestWithinDays";
        public const string ReviewEmployerDays = "ReviewEmployerDays";
        public const string ReviewAssignDays = "ReviewAssignDays";
        public const string ReviewDecisionDays = "ReviewDecisionDays";
        public const string ReaccreditationYears = "ReaccreditationYears";
        public const string ReaccreditationReminderDays = "ReaccreditationReminderDays";
        public const string ReaccreditationCpdHours = "ReaccreditationCpdHours";
        public const string ReaccreditationEndorsement = "ReaccreditationEndorsement";
        public const string ReaccreditationShortAssessment = "ReaccreditationShortAssessment";
        public const string ObserverCalibrationMonths = "ObserverCalibrationMonths";
        public const string ModerationMarginPoints = "ModerationMarginPoints";
        public const string RecordingRetentionMonths = "RecordingRetentionMonths";
        public const string FeedbackMinimumRespondents = "FeedbackMinimumRespondents";
        public const string FeedbackMinimumCategories = "FeedbackMinimumCategories";
        public const string ReportMinimumCount = "ReportMinimumCount";
        public const string ReportRoundTo = "ReportRoundTo";

        public static string OtherSocialWork(StatusLevel level) => $"MovedFromOtherSocialWorkPutForwardMonths.{level}";

        public static string OutsideEngland(StatusLevel level) => $"MovedFromOutsideEnglandPutForwardMonths.{level}";
    }

    private readonly Dictionary<string, int> _values;

    private EligibilityPolicy(Dictionary<string, int> values) => _values = values;

    public static EligibilityPolicy Default { get; } = new(Settings.ToDictionary(s => s.Key, s => s.Default));

    /// <summary>From stored key/value settings: unknown keys are ignored, missing keys keep their defaults.</summary>
    public static EligibilityPolicy From(IReadOnlyDictionary<string, int> stored) =>
        new(Settings.ToDictionary(s => s.Key, s => stored.TryGetValue(s.Key, out var v) ? v : s.Default));

    public EligibilityPolicy With(string key, int value)
    {
        if (!_values.ContainsKey(key))
            throw new ArgumentException($"Unknown policy setting {key}", nameof(key));
        return new(new Dictionary<string, int>(_values) { [key] = value });
    }

    public IReadOnlyDictionary<string, int> ToValues() => _values;

    public int Value(string key) => _values[key];

    public Naas.Domain.Reviews.ReviewSettings Review =>
        new(
            _values[Keys.ReviewRequestWithinDays],
            _values[Keys.ReviewEmployerDays],
            _values[Keys.ReviewAssignDays],
            _values[Keys.ReviewDecisionDays]
        );
    public int AsyeMonthsWithSameEmployer => _values[Keys.AsyeMonths];
    public int AsyePutForwardWithinMonthsOfCompletion => _values[Keys.AsyePutForward];
    public int NewSupervisorMonthsInRole => _values[Keys.NewSupervisorMonths];
    public int NewLeaderMonthsInRole => _values[Keys.NewLeaderMonths];

    public int MovedFromOtherSocialWorkPutForwardMonths(StatusLevel level) => _values[Keys.OtherSocialWork(level)];

    public int MovedFromOutsideEnglandPutForwardMonths(StatusLevel level) => _values[Keys.OutsideEngland(level)];
}
