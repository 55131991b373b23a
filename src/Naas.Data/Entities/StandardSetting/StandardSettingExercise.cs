using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A standard-setting exercise for one element of one status (¶40): two independent panels rate in two
/// rounds; the programme compares them and adopts a pass mark with a recorded rationale.</summary>
public class StandardSettingExercise : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The assessment model element's kind, like Knowledge or SimulatedObservation.</summary>
    public required string Element { get; set; }
    public StatusLevel Level { get; set; }

    /// <summary>For rated performances, the marking criteria rated, one per line as "criterion|maximum
    /// marks".</summary>
    public string? Criteria { get; set; }

    /// <summary>1 or 2 while rating; the exercise is closed when ClosedAt is set.</summary>
    public int Round { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public decimal? AdoptedPassMark { get; set; }
    public string? AdoptedRationale { get; set; }
    public DateTimeOffset? AdoptedAt { get; set; }
    public string? AdoptedBy { get; set; }
    public List<Panellist> Panellists { get; set; } = [];
}
