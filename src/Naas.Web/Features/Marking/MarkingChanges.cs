using Naas.Data.Entities;
using Naas.Domain.Results;
using Words = Naas.Web.Infrastructure.Words;

namespace Naas.Web.Features.Marking;

/// <summary>A mark that an element's new mark replaced.</summary>
public sealed record EarlierMark(Guid Mark, decimal Score, ElementResult Result);

/// <summary>An element was marked, or marked again (the marks it replaced are kept in <see cref="Was"/>).
/// Never on the person's timeline: marks are theirs to see when results are released.</summary>
public sealed record ElementMarked(
    Guid Mark,
    Guid Person,
    Guid Endorsement,
    string RegistrationNumber,
    string Element,
    decimal Score,
    decimal Max,
    decimal PassMark,
    ElementResult Result,
    string Source,
    IReadOnlyList<EarlierMark> Was
) : ElementMarkChange(Mark, Person)
{
    public override string Action => Was.Count == 0 ? "Marked" : "Remarked";

    public override string Summary() =>
        $"{RegistrationNumber} {Element}: {Score:0.##} of {Max:0.##}, pass mark {PassMark:0.##}, {Result}"
        + (Was.Count == 0 ? "" : $" (was {string.Join(", ", Was.Select(o => $"{o.Score:0.##} {o.Result}"))})");
}

/// <summary>A marker was given an element to mark, or it passed from one marker to another.</summary>
public sealed record MarkerAssigned(
    Guid Assignment,
    Guid Person,
    Guid Endorsement,
    string RegistrationNumber,
    string Element,
    Guid MarkerUserId,
    string MarkerName,
    string? WasMarker
) : AuditedChange
{
    public override string SubjectType => "MarkingAssignment";
    public override Guid? SubjectId => Assignment;
    public override Guid? Concerns => Person;
    public override string Action => WasMarker is null ? "Assigned" : "Reassigned";

    public override string Summary() =>
        $"{RegistrationNumber} {Element} to be marked by {MarkerName}"
        + (WasMarker is null ? "" : $" (was {WasMarker})");
}

/// <summary>A recording or document was kept as evidence for a mark, with its fingerprint.</summary>
public sealed record EvidenceAdded(
    Guid Evidence,
    Guid Person,
    Guid Endorsement,
    string RegistrationNumber,
    string Element,
    string Format,
    string FileName,
    long Bytes,
    string Sha256
) : AuditedChange
{
    public override string SubjectType => "MarkEvidence";
    public override Guid? SubjectId => Evidence;
    public override Guid? Concerns => Person;
    public override string Action => "Added";

    public override string Summary() =>
        $"{RegistrationNumber} {Element}: {Format} \"{FileName}\", {Bytes:N0} bytes, SHA-256 {Sha256}";
}

/// <summary>A file of marks was imported; each mark is its own <see cref="ElementMarked"/> in the same
/// transaction.</summary>
public sealed record MarksImported(Guid Import, int Count, string FileName) : AuditedChange
{
    public override string SubjectType => "MarksImport";
    public override Guid? SubjectId => Import;
    public override string Action => "Imported";

    public override string Summary() => $"Imported {Words.Count(Count, "mark")} from \"{FileName}\"";
}
