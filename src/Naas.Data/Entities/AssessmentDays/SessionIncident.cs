namespace Naas.Data.Entities;

/// <summary>Something that happened during a simulation that a reviewer may need to know (a fire alarm, an actor taken
/// ill, a candidate distressed), noted by the centre coordinator at the time. Added, never edited.</summary>
public class SessionIncident : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public required string Note { get; set; }
}
