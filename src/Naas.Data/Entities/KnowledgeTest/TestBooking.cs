namespace Naas.Data.Entities;

/// <summary>A candidate's booking of the real test: the endorsement it rests on, the window, and where they will
/// sit.</summary>
public class TestBooking : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public Guid EndorsementId { get; set; }
    public Endorsement? Endorsement { get; set; }
    public Guid WindowId { get; set; }
    public TestWindow? Window { get; set; }
    public required string Location { get; set; }

    /// <summary>What the candidate asked for by way of adjustments when booking, for the programme to agree.</summary>
    public string? AdjustmentRequest { get; set; }
    public DateTimeOffset BookedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? AttemptId { get; set; }

    /// <summary>At an assessment centre, when the invigilator confirmed the candidate's identity there and let the
    /// test start; a centre booking cannot start from anywhere else (remote bookings have none).</summary>
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? CheckedInBy { get; set; }
    public bool AtCentre => Location != KnowledgeAttempt.Remote;
}
