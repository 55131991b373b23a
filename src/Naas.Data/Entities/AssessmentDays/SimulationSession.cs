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

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);
}
