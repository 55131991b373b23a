using Naas.Data.Entities;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>One accreditation's re-accreditation as it stands: the due date, the CPD hours counted since it was
/// awarded or last renewed, what the settings need, and any re-accreditation under way.</summary>
public sealed record ReaccreditationView(
    Accreditation Accreditation,
    decimal Hours,
    int HoursNeeded,
    bool EndorsementNeeded,
    bool ShortAssessmentNeeded,
    Reaccreditation? Pending,
    IReadOnlyList<(Guid Id, string Name)> Employers,
    Reaccreditation? LastClosed = null
)
{
    public bool HoursMet => Hours >= HoursNeeded;

    /// <summary>What a request under way is waiting for, in words for the social worker.</summary>
    public string? Waiting =>
        Pending is not { } p
            ? null
            : string.Join(
                " and ",
                new[]
                {
                    p.OrganisationId is not null && p.EmployerEndorsedAt is null ? "your employer to endorse it" : null,
                    p.ShortAssessmentRequired && p.ShortAssessmentScore is null
                        ? "your short assessment (the programme will contact you to arrange it)"
                        : null,
                }.OfType<string>()
            );
}
