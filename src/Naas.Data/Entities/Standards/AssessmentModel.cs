namespace Naas.Data.Entities;

/// <summary>Which elements a status takes. Versioned: a new design is a new version, old ones are kept.</summary>
public class AssessmentModel : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusId { get; set; }
    public Status? Status { get; set; }
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string Notes { get; set; }
    public List<AssessmentModelElement> Elements { get; set; } = [];
}
