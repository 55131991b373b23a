using Naas.Data.Entities;

namespace Naas.Web.Features.Fairness;

/// <summary>A social worker gave, changed or removed their equality monitoring information. What they said is never in
/// the audit: only that it changed.</summary>
public sealed record EqualityInformationChanged(Guid Record, Guid Person, bool Removed) : AuditedChange
{
    public override string SubjectType => "EqualityRecord";
    public override Guid? SubjectId => Record;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        Removed ? "Equality monitoring information removed" : "Equality monitoring information given or changed";
}
