using Naas.Domain.Knowledge;
using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>What a status's knowledge test draws: cells as "section|area id|count" lines, time allowed, scoring.</summary>
public class KnowledgeBlueprint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public StatusLevel Status { get; set; }
    public bool IsPractice { get; set; }
    /// <summary>The one pool of items this blueprint's forms are drawn from.</summary>
    public ItemPool Pool => IsPractice ? ItemPool.Practice : ItemPool.Assessment;
    public int Minutes { get; set; }
    public required string Cells { get; set; }
    public int MaxTimesShown { get; set; } = 500;
    public decimal PassMarkTolerance { get; set; } = 0.5m;
    /// <summary>Retired blueprints stay for the sittings that used them but take no new bookings.</summary>
    public bool Retired { get; set; }
}

/// <summary>A period in which candidates may sit a blueprint's test, and where: remotely, at named centres, or both.</summary>
public class TestWindow : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BlueprintId { get; set; }
    public KnowledgeBlueprint? Blueprint { get; set; }
    public DateTimeOffset Opens { get; set; }
    public DateTimeOffset Closes { get; set; }
    public bool RemoteAllowed { get; set; } = true;
    /// <summary>Assessment centres offered in this window, one per line.</summary>
    public string Centres { get; set; } = "";

    public IReadOnlyList<string> Locations =>
        (RemoteAllowed ? new[] { KnowledgeAttempt.Remote } : []).Concat(KnowledgeItemVersion.Lines(Centres)).ToList();
}

/// <summary>A candidate's booking of the real test: the endorsement it rests on, the window, and where they will sit.</summary>
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

/// <summary>One candidate's sitting: their own form (rebuildable from the seed), the clock's start, and answers.</summary>
public class KnowledgeAttempt : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public Guid BlueprintId { get; set; }
    public KnowledgeBlueprint? Blueprint { get; set; }
    public long Seed { get; set; }
    /// <summary>The item versions on the form, in order, comma-separated.</summary>
    public required string ItemVersionIds { get; set; }
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
    /// <summary>Scores by section and knowledge-and-skills area, as lines "section|area id|score|max".</summary>
    public string? Subscores { get; set; }
    /// <summary>Adjustments in force when the test started (extra time is already in AllowedSeconds).</summary>
    public bool RestBreaksAllowed { get; set; }
    public DateTimeOffset? BreakStartedAt { get; set; }
    /// <summary>Time spent on finished rest breaks, which does not count against the clock.</summary>
    public int PausedSeconds { get; set; }
    public decimal? MaxScore { get; set; }
    public List<KnowledgeAnswer> Answers { get; set; } = [];

    public IReadOnlyList<Guid> Items => ItemVersionIds.Split(',').Select(Guid.Parse).ToList();
    /// <summary>When the clock runs out, breaks excluded; while on a break the clock is stopped.</summary>
    public DateTimeOffset EndsAt => StartedAt.AddSeconds(AllowedSeconds + PausedSeconds);
}

/// <summary>An answer as last saved: options chosen (or statement=true/false pairs), one per line.</summary>
public class KnowledgeAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AttemptId { get; set; }
    public int Position { get; set; }
    public required string Response { get; set; }
    public bool Flagged { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

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

/// <summary>An invigilator's note of an irregularity during a sitting. Notes are added, never edited.</summary>
public class InvigilationNote : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AttemptId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public required string Note { get; set; }
}
