using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>An employer or an employment agency (¶16, ¶24, ¶70–73).</summary>
public class Organisation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public required string Region { get; set; }

    /// <summary>Rollout phase (¶13–17): 1 or 2. Phases and cohorts are data.</summary>
    public int RolloutPhase { get; set; } = 2;
    public string? Cohort { get; set; }

    /// <summary>For a participant made of several councils (Tri-borough), the councils it is made of.</summary>
    public string? Members { get; set; }
    public bool IsActive { get; set; } = true;
}
