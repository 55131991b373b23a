using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A simulation in the scenario library: who it is for and its versions. What it says lives in its versions;
/// the library is kept from candidates (content authors only, and later the actors and observers of a session).</summary>
public class Scenario
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>A short human reference, like S-00007.</summary>
    public required string Reference { get; set; }

    /// <summary>The status whose assessment uses it: practitioners' scenarios build on one family's case, supervisors'
    /// are separate cases (¶31–32).</summary>
    public StatusLevel For { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ScenarioVersion> Versions { get; set; } = [];
}
