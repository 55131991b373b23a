using Naas.Data.Entities;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>A social worker logged continuing professional development against an area of the standards.</summary>
public sealed record CpdLogged(Guid Entry, Guid Person, DateOnly Date, decimal Hours, int AreaNumber) : AuditedChange
{
    public override string SubjectType => "CpdEntry";
    public override Guid? SubjectId => Entry;
    public override Guid? Concerns => Person;
    public override string Action => "Logged";

    public override string Summary() => $"{Hours:0.##} hours of CPD logged against area {AreaNumber}";

    public override string? ForThePerson() =>
        $"You logged {Hours:0.##} hours of CPD against area {AreaNumber} of the standards.";
}

/// <summary>A social worker asked to be re-accredited.</summary>
public sealed record ReaccreditationSubmitted(
    Guid Reaccreditation,
    Guid Person,
    decimal CpdHours,
    bool ShortAssessmentRequired
) : ReaccreditationChange(Reaccreditation, Person)
{
    public override string Action => "Submitted";

    public override string Summary() =>
        $"Re-accreditation asked for with {CpdHours:0.##} hours of CPD"
        + (ShortAssessmentRequired ? "; a short assessment is needed" : "");

    public override string? ForThePerson() =>
        $"You asked to be re-accredited, with {CpdHours:0.##} hours of CPD"
        + (ShortAssessmentRequired ? "; a short assessment is needed." : ".");
}

/// <summary>The employer endorsed a re-accreditation.</summary>
public sealed record ReaccreditationEndorsed(Guid Reaccreditation, Guid Person)
    : ReaccreditationChange(Reaccreditation, Person)
{
    public override string Action => "Endorsed";

    public override string Summary() => "The employer endorsed the re-accreditation";

    public override string? ForThePerson() => "Your employer endorsed your re-accreditation.";
}

/// <summary>The short assessment a re-accreditation needed was marked.</summary>
public sealed record ShortAssessmentMarked(
    Guid Reaccreditation,
    Guid Person,
    decimal? Score,
    decimal? Max,
    decimal? PassMark,
    bool Passed
) : ReaccreditationChange(Reaccreditation, Person)
{
    public override string Summary() =>
        $"Short assessment: {Score:0.##} of {Max:0.##}, pass mark {PassMark:0.##}, {(Passed ? "passed" : "not passed")}";

    public override string? ForThePerson() =>
        $"Your short assessment was marked: {Score:0.##} of {Max:0.##}, and you {(Passed ? "passed" : "did not pass")}.";
}

/// <summary>A re-accreditation closed without completing.</summary>
public sealed record ReaccreditationClosed(Guid Reaccreditation, Guid Person, string Reason)
    : ReaccreditationChange(Reaccreditation, Person)
{
    public override string Action => "Closed";

    public override string Summary() => Reason;

    public override string? ForThePerson() => $"Your re-accreditation closed: {Reason}.";
}
