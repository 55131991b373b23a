using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>How the reflective conversation after a candidate's last simulation is held and scored (¶32; seed 003: a
/// separately assessed reflective assessment): the questions the observer explores with the candidate and the
/// criteria, its own, that it is scored on. Never changed once used (a new version is added).</summary>
public class ReflectiveGuide
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public StatusLevel Level { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }

    /// <summary>The questions to explore, one to a line: the candidate's hypotheses, what they would do next, what
    /// they would do differently.</summary>
    public required string Prompts { get; set; }
    public int Minutes { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public List<ReflectiveCriterion> Criteria { get; set; } = [];
}

public class ReflectiveCriterion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GuideId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public int? AreaNumber { get; set; }
    public int MaxMarks { get; set; }
    public required string Guidance { get; set; }
}

/// <summary>A candidate's reflective conversation, held by the lead observer after their last simulation and scored
/// on the guide's criteria; its marks become the reflective element's mark.</summary>
public class ReflectiveConversation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid GuideId { get; set; }
    public ReflectiveGuide? Guide { get; set; }
    public Guid SocialWorkerId { get; set; }
    public Guid EndorsementId { get; set; }
    public Guid ObserverId { get; set; }
    public Observer? Observer { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public int Score { get; set; }
    public int MaxScore { get; set; }

    /// <summary>The observer's notes for the candidate: what their reflection showed and what to develop.</summary>
    public required string Notes { get; set; }
    public Guid? ElementMarkId { get; set; }
    public List<ReflectiveCriterionMark> Marks { get; set; } = [];
}

public class ReflectiveCriterionMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConversationId { get; set; }
    public int Criterion { get; set; }
    public int Marks { get; set; }
}
