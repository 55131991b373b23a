using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Scenarios;

namespace Naas.Web.Features.Observation;

/// <summary>An observer submitted their sheet for a simulation. The score stays off the candidate's timeline until
/// results are released (¶74).</summary>
public sealed record SheetSubmitted(
    Guid Sheet,
    Guid Session,
    Guid Person,
    string Observer,
    SimulationRole Role,
    int Score,
    int Max,
    string Global
) : AuditedChange
{
    public override string SubjectType => "ObservationSheet";
    public override Guid? SubjectId => Sheet;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"{Observer} submitted the {(Role == SimulationRole.LeadObserver ? "lead" : "second")} observer's sheet: {Score} of {Max}, global judgement {Global}";
}

/// <summary>Both observers' sheets were in and agreed: the simulation's score is their mean.</summary>
public sealed record SimulationAgreed(
    Guid Outcome,
    Guid Session,
    Guid Person,
    int Lead,
    int Second,
    decimal Score,
    int Max
) : AuditedChange
{
    public override string SubjectType => "SimulationOutcome";
    public override Guid? SubjectId => Outcome;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"The observers agreed ({Lead} and {Second}): the simulation scores {Score:0.##} of {Max}";
}

/// <summary>A moderator reconciled two observers who disagreed, with their rationale.</summary>
public sealed record SimulationReconciled(
    Guid Outcome,
    Guid Session,
    Guid Person,
    int Lead,
    int Second,
    decimal Score,
    int Max,
    Naas.Domain.Scenarios.GlobalJudgement Global,
    string Rationale
) : AuditedChange
{
    public override string SubjectType => "SimulationOutcome";
    public override Guid? SubjectId => Outcome;
    public override Guid? Concerns => Person;
    public override string? GivenReason => Rationale;

    public override string Summary() =>
        $"Reconciled by a moderator (the observers gave {Lead} and {Second}): {Score:0.##} of {Max}, global judgement {Global.ToString().ToLowerInvariant()}";
}

/// <summary>An observer corrected their submitted sheet before the simulation's outcome was decided, with their
/// reason.</summary>
public sealed record SheetCorrected(
    Guid Sheet,
    Guid Session,
    Guid Person,
    string Observer,
    int ScoreBefore,
    int ScoreAfter,
    GlobalJudgement GlobalBefore,
    GlobalJudgement GlobalAfter,
    string Reason
) : AuditedChange
{
    public override string SubjectType => "ObservationSheet";
    public override Guid? SubjectId => Sheet;
    public override Guid? Concerns => Person;
    public override string? GivenReason => Reason;

    public override string Summary() =>
        $"{Observer} corrected their sheet: score {ScoreBefore} to {ScoreAfter}, global judgement {GlobalBefore.Name()} to {GlobalAfter.Name()}";
}

/// <summary>The lead observer scored the candidate's reflective conversation after their last simulation.</summary>
public sealed record ReflectiveConversationScored(Guid Conversation, Guid Person, int Score, int Max) : AuditedChange
{
    public override string SubjectType => "ReflectiveConversation";
    public override Guid? SubjectId => Conversation;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Reflective conversation scored by the lead observer: {Score} of {Max}";
}

/// <summary>The programme published a new version of a status's reflective conversation guide.</summary>
public sealed record ReflectiveGuidePublished(
    Guid Guide,
    Naas.Domain.Workforce.StatusLevel Level,
    int Version,
    string Title
) : AuditedChange
{
    public override string SubjectType => "ReflectiveGuide";
    public override Guid? SubjectId => Guide;

    public override string Summary() =>
        $"Reflective conversation guide \"{Title}\" published as version {Version} for the {Naas.Domain.Workforce.KindNames.Name(Level).ToLowerInvariant()} status";
}
