namespace Naas.Data.Entities;

/// <summary>One simulation on an assessment day: its room and time, the scenario version played, the candidate (once
/// placed), and the actor and two observers the programme gave it under the clash rules.</summary>
public class SimulationSession : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DayId { get; set; }
    public AssessmentDay? Day { get; set; }
    public Guid? RoomId { get; set; }
    public CentreRoom? Room { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int Minutes { get; set; }
    public Guid ScenarioVersionId { get; set; }
    public ScenarioVersion? ScenarioVersion { get; set; }

    /// <summary>The candidate and the endorsement they are assessed under.</summary>
    public Guid? SocialWorkerId { get; set; }
    public Guid? EndorsementId { get; set; }
    public Guid? ActorId { get; set; }
    public Guid? LeadObserverId { get; set; }
    public Guid? SecondObserverId { get; set; }

    /// <summary>The second observer scores from the recording, not in the room (issue 15, item 8): they are not held
    /// at the session's time or place.</summary>
    public bool SecondFromRecording { get; set; }

    /// <summary>When the candidate booked this session themselves (null when the programme placed them).</summary>
    public DateTimeOffset? BookedAt { get; set; }

    /// <summary>Reasonable adjustments the candidate asked for when booking, in their words, for the programme's
    /// queue; decided like the knowledge test's (¶38).</summary>
    public string? AdjustmentRequest { get; set; }

    // The day as it ran (the centre coordinator's run sheet).

    /// <summary>When the coordinator checked the candidate's photo identity against their name and registration
    /// number, and by whom; how late they were, if they were.</summary>
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? CheckedInBy { get; set; }
    public int? MinutesLate { get; set; }

    /// <summary>When the coordinator recorded that the candidate did not come.</summary>
    public DateTimeOffset? AbsentAt { get; set; }

    /// <summary>When the candidate's preparation time began (the briefing opens on their screen) and when the
    /// simulation itself began; each runs for its scenario's minutes by the service's clock.</summary>
    public DateTimeOffset? PreparationStartedAt { get; set; }
    public DateTimeOffset? SimulationStartedAt { get; set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);
}
