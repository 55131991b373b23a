namespace Naas.Data.Entities;

/// <summary>A trained observer who scores simulations: when they were trained and last calibrated, the dates they are
/// available, and whom they must not assess (the organisations they work for or have a conflict with, and named
/// social workers). <see cref="UserId"/> is their sign-in as an assessor, when they have one.</summary>
public class Observer : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public DateOnly? TrainedOn { get; set; }
    public DateOnly? CalibratedOn { get; set; }
    public List<Guid> ConflictOrganisationIds { get; set; } = [];
    public List<Guid> ConflictSocialWorkerIds { get; set; } = [];
    public List<DateOnly> AvailableDates { get; set; } = [];
}
