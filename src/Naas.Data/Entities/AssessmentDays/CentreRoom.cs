namespace Naas.Data.Entities;

/// <summary>A room at a centre where one simulation runs at a time.</summary>
public class CentreRoom : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CentreId { get; set; }
    public required string Name { get; set; }

    /// <summary>How many people the room seats: a simulation needs the candidate, the actor and two observers.</summary>
    public int Capacity { get; set; }

    /// <summary>Reachable without steps, for a candidate, actor or observer who needs it.</summary>
    public bool StepFree { get; set; }
}
