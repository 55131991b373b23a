using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Words = Naas.Web.Infrastructure.Words;

namespace Naas.Web.Features.Workforce;

/// <summary>A social worker new to the national record was added by an employer.</summary>
public sealed record PersonAdded(Guid Person, string Name, string RegistrationNumber, string? AddedBy)
    : SocialWorkerChange(Person)
{
    public override string Action => "Added";

    public override string Summary() => $"Added {Name} ({RegistrationNumber}) to the workforce record";

    public override string? ForThePerson() =>
        AddedBy is null
            ? "You were added to the national workforce record."
            : $"{AddedBy} added you to the national workforce record.";
}

/// <summary>A social worker's details on the record changed, with the old and new values.</summary>
public sealed record PersonUpdated(Guid Person, string Name, IReadOnlyList<FieldChange> Changes)
    : SocialWorkerChange(Person)
{
    public override string Action => "Updated";

    public override string Summary() => $"Updated {Name}: {string.Join(", ", Changes.Select(c => c.Field))}";

    public override string? ForThePerson() =>
        $"Your {string.Join(", ", Changes.Select(c => c.Field))} changed on the workforce record.";
}

/// <summary>An employer added its own engagement for someone already on the national record (ADR 0014).</summary>
public sealed record PersonLinked(Guid Person, string Name, string RegistrationNumber, string Organisation)
    : SocialWorkerChange(Person)
{
    public override string Action => "Linked";

    public override string Summary() =>
        $"{Organisation} added its own engagement for {Name} ({RegistrationNumber}), already on the national record";

    public override string? ForThePerson() => $"{Organisation} added you to its workforce.";
}

/// <summary>An engagement (a job with an employer) was added or changed, with the old and new values.</summary>
public sealed record EngagementSaved(
    Guid Engagement,
    Guid Person,
    string Name,
    DateOnly Start,
    bool Added,
    IReadOnlyList<FieldChange> Changes
) : AuditedChange
{
    public override string SubjectType => "Engagement";
    public override Guid? SubjectId => Engagement;
    public override Guid? Concerns => Person;
    public override string Action => Added ? "Added" : "Updated";

    public override string Summary() =>
        Added
            ? $"Added engagement from {Start:yyyy-MM-dd} for {Name}"
            : $"Changed engagement from {Start:yyyy-MM-dd} for {Name}: {string.Join(", ", Changes.Select(c => c.Field))}";

    public override string? ForThePerson() =>
        Added
            ? $"Your engagement from {Start:d MMMM yyyy} was added to the workforce record."
            : $"Your engagement from {Start:d MMMM yyyy} changed: {string.Join(", ", Changes.Select(c => c.Field))}.";
}

/// <summary>A workforce file was imported; each change in it is its own record in the same transaction.</summary>
public sealed record WorkforceImported(Guid Import, int Rows, int Changes) : AuditedChange
{
    public override string SubjectType => "WorkforceImport";
    public override Guid? SubjectId => Import;
    public override string Action => "Imported";

    public override string Summary() =>
        $"Imported a workforce file of {Words.Count(Rows, "row")}: {Words.Count(Changes, "change")}";
}

/// <summary>A social worker changed the contact details they keep in their account.</summary>
public sealed record ContactChanged(Guid Person, string Name, IReadOnlyList<string> Fields) : SocialWorkerChange(Person)
{
    public override string Summary() => $"{Name} changed their {string.Join(" and ", Fields)}";

    public override string? ForThePerson() => $"You changed your {string.Join(" and ", Fields)}.";
}

/// <summary>What the programme records of an organisation.</summary>
public sealed record OrganisationDetails(
    string Name,
    OrganisationKind Kind,
    string Region,
    int RolloutPhase,
    string? Cohort,
    bool IsActive
)
{
    public override string ToString() =>
        $"{Name}, {Kind.Name()}, {Region}, phase {RolloutPhase}, {Cohort}, {(IsActive ? "active" : "inactive")}";
}

/// <summary>The programme added an organisation or changed one, with its reason.</summary>
public sealed record OrganisationSaved(
    Guid Organisation,
    OrganisationDetails? Was,
    OrganisationDetails Now,
    string Reason
) : AuditedChange
{
    public override string SubjectType => "Organisation";
    public override Guid? SubjectId => Organisation;
    public override string Action => Was is null ? "Added" : "Updated";
    public override string? GivenReason => Reason;

    public override string Summary() => Was is null ? $"Added {Now}" : $"{Was} → {Now}";
}
