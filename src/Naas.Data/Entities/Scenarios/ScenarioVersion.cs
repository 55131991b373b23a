using Naas.Domain.ItemBank;

namespace Naas.Data.Entities;

/// <summary>One version of a scenario: the candidate's briefing, the actor's brief and the marking guide. It has an
/// item's life cycle (draft, in review, live, retired; a second author approves) and, once used in an assessment
/// (<see cref="FirstUsedAt"/>), never changes again: a change is a new version.</summary>
public class ScenarioVersion : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ScenarioId { get; set; }
    public Scenario? Scenario { get; set; }
    public int Version { get; set; } = 1;
    public ItemStatus Status { get; set; } = ItemStatus.Draft;

    public required string Title { get; set; }

    /// <summary>The family's case a practitioner's scenario is part of, and which part; a supervisor's scenario is a
    /// case of its own.</summary>
    public string? CaseName { get; set; }
    public int Part { get; set; } = 1;

    /// <summary>A practice supervisor's scenario in which the actor plays a social worker they supervise (¶31).</summary>
    public bool SupervisesSocialWorker { get; set; }

    /// <summary>What the candidate reads before the simulation, in their preparation time.</summary>
    public required string Briefing { get; set; }
    public int PreparationMinutes { get; set; }
    public int SimulationMinutes { get; set; }

    // The actor's brief: never shown to a candidate.
    public required string ActorPlays { get; set; }
    public required string ActorKnows { get; set; }
    public required string ActorFeels { get; set; }
    public required string ActorResponses { get; set; }
    public required string ActorNeverSays { get; set; }

    /// <summary>The marking guide, in order. The global judgement (fail to excellent) is rated beside these, on the
    /// domain's fixed scale.</summary>
    public List<ScenarioCriterion> Criteria { get; set; } = [];

    public Guid AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public Guid? ReviewerUserId { get; set; }
    public string? ReviewerName { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset? FirstUsedAt { get; set; }
}

/// <summary>A criterion of a marking guide: the area of the knowledge and skills statement it evidences and what a
/// candidate does at each level, one behaviour to a line (any one earns the level).</summary>
public sealed record ScenarioCriterion(
    string Text,
    Guid AreaId,
    string NotShown,
    string PartlyShown,
    string Shown,
    string StronglyShown
);
