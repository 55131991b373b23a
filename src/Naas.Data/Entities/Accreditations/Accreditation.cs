using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A status held. Later issues award it; this one records and shows it.</summary>
public class Accreditation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public SocialWorker? SocialWorker { get; set; }
    public StatusLevel Level { get; set; }
    public DateOnly AwardedOn { get; set; }
    public bool IsCurrent { get; set; } = true;

    /// <summary>The certificate's unique number, printed on it and checkable by anyone; null for statuses recorded
    /// before the service awarded them.</summary>
    public string? CertificateNumber { get; set; }

    /// <summary>The endorsement whose assessment awarded it.</summary>
    public Guid? EndorsementId { get; set; }

    /// <summary>Suspended (may be lifted) or revoked (final), with the reason the public check does not show.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? StatusReason { get; set; }

    /// <summary>When re-accreditation is due (awarded date plus the re-accreditation period in force then).</summary>
    public DateOnly? ReaccreditationDue { get; set; }

    /// <summary>When the social worker and employer were reminded that re-accreditation is due (once per due
    /// date).</summary>
    public DateOnly? ReminderSentFor { get; set; }

    /// <summary>This accreditation's place in the published status lists (revocation and suspension), so a verifier
    /// holding the credential can check it is still in force (W3C Bitstring Status List).</summary>
    public int? StatusListIndex { get; set; }
}
