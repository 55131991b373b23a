using Naas.Data.Entities;

namespace Naas.Web.Features.Written;

/// <summary>A candidate started their written exercise; the time allowed includes any agreed extra time.</summary>
public sealed record WrittenExerciseStarted(Guid Sitting, Guid Person, string Code, int AllowedMinutes) : AuditedChange
{
    public override string SubjectType => "WrittenSitting";
    public override Guid? SubjectId => Sitting;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Written exercise {Code} started with {AllowedMinutes} minutes allowed";

    public override string? ForThePerson() => $"You started your written exercise ({AllowedMinutes} minutes)";
}

/// <summary>The written exercise ended: submitted by the candidate, or at the end of its time with what was saved.</summary>
public sealed record WrittenExerciseEnded(Guid Sitting, Guid Person, string Code, bool TimedOut, int Words)
    : AuditedChange
{
    public override string SubjectType => "WrittenSitting";
    public override Guid? SubjectId => Sitting;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"Written exercise {Code} {(TimedOut ? "ended when its time ran out" : "submitted")} with {Words:N0} words";

    public override string? ForThePerson() =>
        TimedOut
            ? $"Your written exercise ended when its time ran out; the {Words:N0} words you had saved were kept for marking"
            : $"You submitted your written exercise ({Words:N0} words)";
}

/// <summary>The programme gave a script, by its code, to a blind marker.</summary>
public sealed record WrittenScriptAssigned(Guid Sitting, Guid Person, string Code, string Marker) : AuditedChange
{
    public override string SubjectType => "WrittenSitting";
    public override Guid? SubjectId => Sitting;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Written script {Code} given to {Marker} to mark blind";
}

/// <summary>The blind marker marked a script; the marks become the written element's mark when a pass mark is
/// adopted.</summary>
public sealed record WrittenScriptMarked(Guid Sitting, Guid Person, string Code, int Score, int Max) : AuditedChange
{
    public override string SubjectType => "WrittenSitting";
    public override Guid? SubjectId => Sitting;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Written script {Code} marked blind: {Score} of {Max}";
}

/// <summary>The programme published a new version of a status's written exercise; candidates who start from now on
/// sit it.</summary>
public sealed record WrittenExercisePublished(
    Guid Exercise,
    Naas.Domain.Workforce.StatusLevel Level,
    int Version,
    string Title
) : AuditedChange
{
    public override string SubjectType => "WrittenExercise";
    public override Guid? SubjectId => Exercise;

    public override string Summary() =>
        $"Written exercise \"{Title}\" published as version {Version} for the {Naas.Domain.Workforce.KindNames.Name(Level).ToLowerInvariant()} status";
}
