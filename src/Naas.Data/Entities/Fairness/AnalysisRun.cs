namespace Naas.Data.Entities;

/// <summary>One run of a programme analysis (issue 16, item 5): asked for (by the service when a knowledge-test window
/// closes or new ratings have come in, or by an analyst), then claimed and run by whichever instance's background
/// work gets to it first, its result stored with the version of the data it read. Pages only ever read a stored run,
/// so an analysis never holds up a page.</summary>
public class AnalysisRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary><see cref="KnowledgeTest"/> or <see cref="Raters"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The knowledge-test window analysed; null for the raters' analysis, which reads every rating.</summary>
    public Guid? WindowId { get; set; }

    /// <summary>What is analysed, as one key: the window's id, or the kind for an analysis of everything. At most one
    /// run of a subject waits at a time (a unique index over the unfinished), so two instances asking at once ask
    /// once.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>What the analysis read, in words and counts (how many sittings or ratings, the latest of each), so
    /// that a reader can tell whether it is still current.</summary>
    public string? DataVersion { get; set; }

    /// <summary>The result as JSON, in the shape of the analysis's own record.</summary>
    public string? Result { get; set; }

    /// <summary>Why the run failed, if it did (it is not tried again until asked).</summary>
    public string? Error { get; set; }

    public const string KnowledgeTest = "knowledge-test";
    public const string Raters = "raters";
}
