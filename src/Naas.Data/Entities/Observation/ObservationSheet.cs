using Naas.Domain.AssessmentDays;
using Naas.Domain.Scenarios;

namespace Naas.Data.Entities;

/// <summary>One observer's scoring sheet for one simulation. Saved as often as the observer changes it, from a tablet
/// that may be offline (each save names the <see cref="Revision"/> it was made from, so two devices cannot overwrite
/// each other silently); submitted once, after which it changes only by a recorded correction. Drafts are the
/// observer's working notes and are not audited; the submission is.</summary>
public class ObservationSheet
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public SimulationSession? Session { get; set; }
    public Guid ObserverId { get; set; }
    public Observer? Observer { get; set; }
    public SimulationRole Role { get; set; }
    public List<SheetRating> Ratings { get; set; } = [];
    public GlobalJudgement? Global { get; set; }
    public string? Notes { get; set; }

    /// <summary>How many saves the sheet has had: a save made from an older revision is a conflict.</summary>
    public int Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Which device made the last save, as the device named itself (a tablet, or "form" without
    /// JavaScript).</summary>
    public string? UpdatedOn { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>A criterion's rating on a sheet: its level by name (<see cref="CriterionLevel"/>), and the evidence.</summary>
public sealed record SheetRating(int Criterion, string? Level, string? Evidence);
