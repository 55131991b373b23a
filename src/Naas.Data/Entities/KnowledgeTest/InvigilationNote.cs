namespace Naas.Data.Entities;

/// <summary>An invigilator's note of an irregularity during a sitting. Notes are added, never edited.</summary>
public class InvigilationNote : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AttemptId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public required string Note { get; set; }
}
