using Naas.Domain.Endorsement;
using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>Stage 1, practice endorsement (¶37, ¶72).</summary>
public class Endorsement : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public SocialWorker? SocialWorker { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public StatusLevel Level { get; set; }
    public EndorsementState State { get; set; } = EndorsementState.AwaitingAgreement;
    public required string Judgement { get; set; }
    public required string Evidence { get; set; }
    /// <summary>Set when the employer endorsed someone not yet eligible; the eligibility reason is kept beside it.</summary>
    public string? ExceptionReason { get; set; }
    public required string EligibilityAtEndorsement { get; set; }
    public DateTimeOffset EndorsedAt { get; set; }
    public required string EndorsedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public string? DeclineReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
}
