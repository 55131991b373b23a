using Naas.Domain.Scenarios;

namespace Naas.Data.Entities;

/// <summary>What a simulation scored once both observers' sheets are in: their mean where they agree, or a moderator's
/// reconciliation, with its agreed ratings and rationale, where they did not. This is what results are built from.</summary>
public class SimulationOutcome : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public SimulationSession? Session { get; set; }
    public Guid SocialWorkerId { get; set; }
    public decimal Score { get; set; }
    public int Max { get; set; }
    public GlobalJudgement Global { get; set; }
    public bool Moderated { get; set; }

    /// <summary>The moderator's agreed level per criterion, in order, by name; empty where the observers agreed.</summary>
    public List<string> AgreedLevels { get; set; } = [];
    public string? Rationale { get; set; }
    public required string DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The simulated observation element's mark this outcome went into, once every simulation of the
    /// assessment had its outcome and a pass mark was adopted; null while it waits.</summary>
    public Guid? ElementMarkId { get; set; }
}
