namespace Naas.Data.Entities;

/// <summary>One panellist's judgement of one unit (an item version's id, or a criterion "c1", "c2", …) in one
/// round.</summary>
public class PanelRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ExerciseId { get; set; }
    public Guid PanellistId { get; set; }
    public Panellist? Panellist { get; set; }
    public int Round { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
}
