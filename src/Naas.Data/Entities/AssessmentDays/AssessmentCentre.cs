namespace Naas.Data.Entities;

/// <summary>A place where simulations are held: local facilities, a university or training centre, a neighbouring
/// authority's building (¶36, ¶49). Remote sessions have no centre.</summary>
public class AssessmentCentre : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string Region { get; set; }

    /// <summary>What a day there costs, rooms included, in pounds: what the programme weighs against remote days.</summary>
    public decimal CostPerDay { get; set; }
    public List<CentreRoom> Rooms { get; set; } = [];
}
