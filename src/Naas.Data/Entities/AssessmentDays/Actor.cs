namespace Naas.Data.Entities;

/// <summary>A professional actor who plays scenarios: the scenarios they are trained for, the dates they are
/// available and their day rate. Never a candidate's data, and never shown to one.</summary>
public class Actor : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Email { get; set; }
    public decimal DayRate { get; set; }

    /// <summary>The scenarios (any version) the actor has been trained to play.</summary>
    public List<Guid> TrainedScenarioIds { get; set; } = [];
    public List<DateOnly> AvailableDates { get; set; } = [];
}
