using Naas.Data.Entities;

namespace Naas.Web.Features.Reports;

/// <summary>A social worker shared their assessment reports with an employer that endorsed them, or stopped
/// sharing.</summary>
public sealed record ReportSharingChanged(
    Guid Consent,
    Guid Person,
    Guid Organisation,
    string OrganisationName,
    bool Shared
) : AuditedChange
{
    public override string SubjectType => "ReportConsent";
    public override Guid? SubjectId => Consent;
    public override Guid? Concerns => Person;
    public override string Action => Shared ? "Given" : "Withdrawn";

    public override string Summary() =>
        Shared
            ? $"Assessment reports shared with {OrganisationName}"
            : $"Assessment reports no longer shared with {OrganisationName}";

    public override string? ForThePerson() =>
        Shared
            ? $"You shared your assessment reports with {OrganisationName}."
            : $"You stopped sharing your assessment reports with {OrganisationName}.";
}
