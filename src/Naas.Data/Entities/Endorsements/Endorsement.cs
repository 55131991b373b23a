using Naas.Domain.Endorsements;
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

    /// <summary>Set when the employer endorsed someone not yet eligible; the eligibility reason is kept beside
    /// it.</summary>
    public string? ExceptionReason { get; set; }
    public required string EligibilityAtEndorsement { get; set; }
    public DateTimeOffset EndorsedAt { get; set; }
    public required string EndorsedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public string? DeclineReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>For a re-endorsement (¶74–76) or a fresh attempt granted on review: the assessment this one
    /// follows.</summary>
    public Guid? RetakeOfId { get; set; }

    /// <summary>The elements taken in this assessment (["Knowledge", "Written"]), stored as a list (a PostgreSQL
    /// array, JSON on SQLite); null for every element of the status's model. The others' results are kept from the
    /// assessment this one follows (¶75).</summary>
    public List<string>? RetakeElements { get; set; }

    /// <summary>The element being retaken alone after a narrow fail (¶75): failing it again means the whole
    /// assessment (¶76). Null for a first or whole assessment.</summary>
    public string? SingleElementRetake { get; set; }

    /// <summary>Set when an independent review granted this attempt; no employer endorsement was needed.</summary>
    public Guid? FreshAttemptReviewId { get; set; }

    public bool Takes(string element) => RetakeElements is null || RetakeElements.Contains(element);

    public static List<string>? ElementList(IReadOnlyCollection<string>? elements) => elements?.ToList();
}
