using Naas.Web.Infrastructure;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>A social worker started a development plan from their assessment report.</summary>
public sealed record PlanStarted(Guid Plan, Guid Person, Guid Endorsement) : DevelopmentPlanChange(Plan, Person)
{
    public override string Action => "Started";

    public override string Summary() => "Development plan started from the assessment report";

    public override string? ForThePerson() => "You started a development plan from your assessment report.";
}

/// <summary>A goal was added to a plan.</summary>
public sealed record GoalAdded(Guid Goal, Guid Plan, Guid Person, string Area, DateOnly TargetDate)
    : DevelopmentGoalChange(Goal, Person)
{
    public override string Action => "Added";

    public override string Summary() => $"Goal on {Area}, by {Clock.UkDate(TargetDate)}";

    public override string? ForThePerson() =>
        $"You added a goal on {Area} to your development plan, to reach by {Clock.UkDate(TargetDate)}.";
}

/// <summary>A goal was taken out of a plan.</summary>
public sealed record GoalRemoved(Guid Goal, Guid Plan, Guid Person, string Area) : DevelopmentGoalChange(Goal, Person)
{
    public override string Action => "Removed";

    public override string Summary() => $"Goal on {Area} removed";

    public override string? ForThePerson() => $"You took the goal on {Area} out of your development plan.";
}

/// <summary>An agreed plan changed, so both sides need to agree it again.</summary>
public sealed record PlanAgreementCleared(Guid Plan, Guid Person, string Why) : DevelopmentPlanChange(Plan, Person)
{
    public override string Action => "AgreementCleared";

    public override string Summary() => $"Changed after agreement ({Why}): both need to agree again";

    public override string? ForThePerson() =>
        $"Your development plan changed after it was agreed ({Why}), so you and your employer need to agree it again.";
}

/// <summary>The social worker agreed their plan and sent it to their employer.</summary>
public sealed record PlanSentToEmployer(Guid Plan, Guid Person, int Goals) : DevelopmentPlanChange(Plan, Person)
{
    public override string Action => "SentToEmployer";

    public override string Summary() =>
        $"Agreed by the social worker and sent to the employer, {Words.Count(Goals, "goal")}";

    public override string? ForThePerson() =>
        $"You agreed your development plan ({Words.Count(Goals, "goal")}) and sent it to your employer.";
}

/// <summary>The employer agreed a plan, or asked for changes with its comment as the reason.</summary>
public sealed record PlanEmployerResponded(Guid Plan, Guid Person, bool Agreed, string? Comment)
    : DevelopmentPlanChange(Plan, Person)
{
    public override string Action => Agreed ? "EmployerAgreed" : "ChangesAsked";
    public override string? GivenReason => Agreed ? null : Comment;

    public override string Summary() =>
        Agreed ? "Agreed by the employer: the plan is agreed by both" : "The employer asked for changes";

    public override string? ForThePerson() =>
        Agreed
            ? "Your employer agreed your development plan."
            : "Your employer asked for changes to your development plan.";
}

/// <summary>Progress against a goal was recorded.</summary>
public sealed record GoalProgressed(Guid Goal, Guid Plan, Guid Person, string Area, string From, string To)
    : DevelopmentGoalChange(Goal, Person)
{
    public override string Action => "Progress";

    public override string Summary() => $"Goal on {Area}: {PlanTerms.Words(From)} → {PlanTerms.Words(To)}";

    public override string? ForThePerson() =>
        $"Your goal on {Area} moved from {PlanTerms.Words(From).ToLowerInvariant()} to {PlanTerms.Words(To).ToLowerInvariant()}.";
}
