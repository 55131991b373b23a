namespace Naas.Data.Entities;

/// <summary>A social worker's consent for one employer to see their individual assessment report. Without it the
/// employer sees only aggregate knowledge results; the social worker can withdraw it at any time.</summary>
public class ReportConsent : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
