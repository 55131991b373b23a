using Naas.Data.Entities;

namespace Naas.Web.Features.Standards;

/// <summary>An area of the knowledge and skills statement was retitled: a new version, the old one kept.</summary>
public sealed record AreaRetitled(Guid Area, int Number, int Version, string WasTitle, string Title, string Reason)
    : AuditedChange
{
    public override string SubjectType => "KnowledgeArea";
    public override Guid? SubjectId => Area;
    public override string Action => "Updated";
    public override string? GivenReason => Reason;

    public override string Summary() =>
        $"Area {Number} version {Version} \"{WasTitle}\" → version {Version + 1} \"{Title}\"";
}

/// <summary>A new version of a status's assessment design took effect from a date, with why it changed.</summary>
public sealed record AssessmentModelAdded(
    Guid Model,
    string Status,
    int Version,
    DateOnly EffectiveFrom,
    IReadOnlyList<string> Elements,
    string Notes
) : AuditedChange
{
    public override string SubjectType => "AssessmentModel";
    public override Guid? SubjectId => Model;
    public override string Action => "Added";
    public override string? GivenReason => Notes;

    public override string Summary() =>
        $"{Status} assessment model version {Version} from {EffectiveFrom:yyyy-MM-dd}: {string.Join("; ", Elements)}";
}
