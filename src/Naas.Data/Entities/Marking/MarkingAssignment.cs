namespace Naas.Data.Entities;

/// <summary>An authorised marker for one element of one assessment: the programme assigns a trained observer or
/// marker (the Assessor role) from outside the candidate's employer. The marker sees and marks that element
/// only.</summary>
public class MarkingAssignment : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EndorsementId { get; set; }
    public Guid SocialWorkerId { get; set; }

    /// <summary>The assessment model element's kind, like SimulatedObservation.</summary>
    public required string Element { get; set; }
    public Guid AssessorUserId { get; set; }
    public required string AssessorName { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public required string AssignedBy { get; set; }
}
