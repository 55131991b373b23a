namespace Naas.Data.Entities;

public class AssessmentModelElement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssessmentModelId { get; set; }
    public int Order { get; set; }
    public required string Kind { get; set; }
    public required string Description { get; set; }
}
