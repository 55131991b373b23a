namespace Naas.Data.Entities;

/// <summary>Reasonable adjustments agreed for a candidate's tests (extra time, rest breaks that stop the clock).
/// Kept apart from the workforce record: employers do not see them.</summary>
public class ReasonableAdjustment : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public int ExtraTimePercent { get; set; }
    public bool RestBreaks { get; set; }

    /// <summary>The longest one rest break may last; the clock starts again after it.</summary>
    public int MaxBreakMinutes { get; set; } = 10;
    public string? Notes { get; set; }
    public DateTimeOffset AgreedAt { get; set; }
    public required string AgreedBy { get; set; }
}
