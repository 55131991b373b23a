using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A day of simulations for one status, at a centre or remote (`002`: remote from 2022).</summary>
public class AssessmentDay : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateOnly Date { get; set; }

    /// <summary>Null for a remote day.</summary>
    public Guid? CentreId { get; set; }
    public AssessmentCentre? Centre { get; set; }
    public StatusLevel For { get; set; }

    /// <summary>The centre coordinators the programme gave this day: only they see its run sheet and upload its
    /// recordings.</summary>
    public List<Guid> CoordinatorUserIds { get; set; } = [];
    public List<SimulationSession> Sessions { get; set; } = [];
}
