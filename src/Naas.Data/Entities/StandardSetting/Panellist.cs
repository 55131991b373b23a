namespace Naas.Data.Entities;

/// <summary>A panellist on one panel (1 or 2) of an exercise; nobody sits on both.</summary>
public class Panellist
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ExerciseId { get; set; }
    public StandardSettingExercise? Exercise { get; set; }
    public int Panel { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset? Round1At { get; set; }
    public DateTimeOffset? Round2At { get; set; }
}
