namespace Naas.Data.Entities;

/// <summary>A regulator-registered social worker: one national record, whichever employers they work for.</summary>
public class SocialWorker : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string RegistrationNumber { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? QualifiedOn { get; set; }
    public DateOnly? AsyeStartedOn { get; set; }
    public DateOnly? AsyeCompletedOn { get; set; }

    /// <summary>The employer that first recorded this person, and the only one that may correct their identity and
    /// (until the person has an account of their own) their contact details, or see those contact details (ADR 0014).
    /// Another employer that links its own engagement sees only its own part of the record.</summary>
    public Guid? DetailsOrganisationId { get; set; }
    public List<Engagement> Engagements { get; set; } = [];
    public List<Accreditation> Accreditations { get; set; } = [];
    public List<Endorsement> Endorsements { get; set; } = [];
    public string FullName => $"{GivenName} {FamilyName}";
}
