namespace Naas.Data.Entities;

/// <summary>One candidate's sitting of a written exercise, timed from its stored start like a knowledge test, and
/// its blind marking: the marker knows it only by <see cref="Code"/>.</summary>
public class WrittenSitting : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ExerciseId { get; set; }
    public WrittenExerciseVersion? Exercise { get; set; }
    public Guid SocialWorkerId { get; set; }
    public Guid EndorsementId { get; set; }

    /// <summary>The script's blind code, random, shown to the marker instead of anything about the candidate.</summary>
    public required string Code { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int AllowedSeconds { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public bool TimedOut { get; set; }

    /// <summary>Moved on by every save and by the end, each of which claims the row with a conditional update while
    /// the sitting is open: saves and the end take turns on the row, and nothing lands after the end.</summary>
    public int Revision { get; set; }

    public Guid? MarkerUserId { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public DateTimeOffset? MarkedAt { get; set; }
    public int? Score { get; set; }
    public int? MaxScore { get; set; }
    public string? Feedback { get; set; }

    /// <summary>The element mark this script's marks became, once recorded.</summary>
    public Guid? ElementMarkId { get; set; }

    public List<WrittenAnswer> Answers { get; set; } = [];
    public List<WrittenCriterionMark> Marks { get; set; } = [];

    public DateTimeOffset EndsAt => StartedAt.AddSeconds(AllowedSeconds);
}

/// <summary>The latest saved text of one task's answer.</summary>
public class WrittenAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SittingId { get; set; }
    public int Task { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>The blind marker's mark for one criterion (kept per criterion for the analysis of issue 16).</summary>
public class WrittenCriterionMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SittingId { get; set; }
    public int Criterion { get; set; }
    public int Marks { get; set; }
}
