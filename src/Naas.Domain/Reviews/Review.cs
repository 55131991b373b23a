using Naas.Domain.Results;

namespace Naas.Domain.Reviews;

/// <summary>The seeds' two grounds for an independent review (¶42).</summary>
public enum ReviewGround
{
    /// <summary>The social worker and employer feel the result is at odds with the social worker's practice.</summary>
    AtOddsWithPractice = 1,

    /// <summary>Extenuating circumstances affected the assessment.</summary>
    ExtenuatingCircumstances = 2,
}

public enum ReviewState
{
    /// <summary>The social worker has asked; their employer has not yet given its view.</summary>
    AwaitingEmployer = 1,

    /// <summary>The employer supports it: the programme assigns an independent reviewer.</summary>
    AwaitingReviewer = 2,
    UnderReview = 3,
    Decided = 4,

    /// <summary>The employer did not support the request, with its reasons; the social worker is told.</summary>
    NotSupported = 5,
}

public enum ReviewDecision
{
    /// <summary>The result stands.</summary>
    Upheld = 1,

    /// <summary>The reviewer re-marked an element; the outcome is worked out again and re-released.</summary>
    Remarked = 2,

    /// <summary>The result is set aside and the element(s) taken again, without counting as a retake and without a
    /// new endorsement.</summary>
    FreshAttempt = 3,
}

public sealed record ReviewSettings(int RequestWithinDays, int EmployerDays, int AssignDays, int DecisionDays);

/// <summary>Independent review (¶42): who may ask, by when, who may review, and each step's deadline.</summary>
public static class ReviewRules
{
    public static string Words(this ReviewGround g) =>
        g switch
        {
            ReviewGround.AtOddsWithPractice => "The result is at odds with my practice",
            _ => "There were extenuating circumstances",
        };

    public static string Words(this ReviewState s) =>
        s switch
        {
            ReviewState.AwaitingEmployer => "Waiting for your employer's view",
            ReviewState.AwaitingReviewer => "Waiting for a reviewer",
            ReviewState.UnderReview => "Being reviewed",
            ReviewState.Decided => "Decided",
            _ => "Not supported by the employer",
        };

    public static string Words(this ReviewDecision d) =>
        d switch
        {
            ReviewDecision.Upheld => "The result stands",
            ReviewDecision.Remarked => "Re-marked",
            _ => "A fresh attempt is granted",
        };

    /// <summary>Whether a review of released results may be asked for today, and why not.</summary>
    public static string? CanRequest(
        OutcomeKind outcome,
        DateOnly releasedOn,
        DateOnly today,
        ReviewSettings settings,
        bool alreadyAsked
    )
    {
        if (outcome == OutcomeKind.Accredited)
            return "You passed every element, so there is nothing to review.";
        if (alreadyAsked)
            return "You have already asked for a review of these results. Each result can be reviewed once.";
        var last = LastDayToRequest(releasedOn, settings);
        if (today > last)
            return $"A review had to be asked for within {settings.RequestWithinDays} days of the results, by {last.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";
        return null;
    }

    public static DateOnly LastDayToRequest(DateOnly releasedOn, ReviewSettings s) =>
        releasedOn.AddDays(s.RequestWithinDays);

    public static DateOnly EmployerDue(DateOnly requestedOn, ReviewSettings s) => requestedOn.AddDays(s.EmployerDays);

    public static DateOnly AssignDue(DateOnly supportedOn, ReviewSettings s) => supportedOn.AddDays(s.AssignDays);

    public static DateOnly DecisionDue(DateOnly supportedOn, ReviewSettings s) => supportedOn.AddDays(s.DecisionDays);

    /// <summary>A reviewer must not have been involved before: not a marker, releaser or anyone else who changed
    /// this assessment's record, and not from the endorsing employer.</summary>
    public static string? Independence(
        Guid reviewerUserId,
        Guid? reviewerOrganisationId,
        IReadOnlyCollection<Guid> involvedUserIds,
        Guid endorsingOrganisationId
    )
    {
        if (involvedUserIds.Contains(reviewerUserId))
            return "This reviewer was involved in the assessment before (they marked, released or changed it). Choose someone who was not.";
        if (reviewerOrganisationId == endorsingOrganisationId)
            return "This reviewer works for the endorsing employer. Choose someone independent of it.";
        return null;
    }
}
