using Naas.Domain.StakeholderFeedback;

namespace Naas.Data.Entities;

/// <summary>A practice leader's request for structured feedback from one respondent, answered through a link without an
/// account (only a hash of its token is kept). The answers are read only in aggregate.</summary>
public class FeedbackRequest : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public RespondentCategory Category { get; set; }
    public required string RespondentName { get; set; }
    public required string RespondentEmail { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>1 to 5 for each area of the leaders' standard, in its order.</summary>
    public List<int> Ratings { get; set; } = [];
    public string? Comment { get; set; }
}
