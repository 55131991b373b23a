namespace Naas.Data.Entities;

/// <summary>One candidate's sitting: their own form (rebuildable from the seed), the clock's start, and
/// answers.</summary>
public class KnowledgeAttempt : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public Guid BlueprintId { get; set; }
    public KnowledgeBlueprint? Blueprint { get; set; }
    public long Seed { get; set; }

    /// <summary>The item versions on the form, in order (a uuid[] on PostgreSQL, JSON on SQLite).</summary>
    public required List<Guid> ItemVersionIds { get; set; }
    public decimal PassMark { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Where the candidate sat: "Remote" or the assessment centre's name (the invigilation record).</summary>
    public string Location { get; set; } = Remote;
    public const string Remote = "Remote";

    /// <summary>The booking this sitting used; null for practice tests.</summary>
    public Guid? BookingId { get; set; }

    /// <summary>How long one rest break may last before the clock starts again (from the adjustment).</summary>
    public int MaxBreakSeconds { get; set; }
    public List<InvigilationNote> Notes { get; set; } = [];

    /// <summary>Time allowed including any extra time agreed as a reasonable adjustment.</summary>
    public int AllowedSeconds { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public bool TimedOut { get; set; }
    public decimal? Score { get; set; }

    /// <summary>Scores by section and knowledge-and-skills area, empty until the sitting is scored (JSON).</summary>
    public List<AreaSubscore> Subscores { get; set; } = [];

    /// <summary>Adjustments in force when the test started (extra time is already in AllowedSeconds).</summary>
    public bool RestBreaksAllowed { get; set; }
    public DateTimeOffset? BreakStartedAt { get; set; }

    /// <summary>Time spent on finished rest breaks, which does not count against the clock.</summary>
    public int PausedSeconds { get; set; }
    public decimal? MaxScore { get; set; }
    public List<KnowledgeAnswer> Answers { get; set; } = [];

    public IReadOnlyList<Guid> Items => ItemVersionIds;

    /// <summary>When the clock runs out, breaks excluded; while on a break the clock is stopped.</summary>
    public DateTimeOffset EndsAt => StartedAt.AddSeconds(AllowedSeconds + PausedSeconds);
}

/// <summary>One section and area's share of a sitting's score.</summary>
public sealed record AreaSubscore(string Section, Guid AreaId, decimal Score, decimal Max);
