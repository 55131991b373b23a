using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A written exercise as candidates of one status sit it: the case information it is written from (the
/// scenarios' information, ¶37), its tasks, its time and the criteria it is marked against. Kept from candidates until
/// they start it; never changed once sat (a new version is added instead).</summary>
public class WrittenExerciseVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public StatusLevel Level { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Instructions { get; set; }
    public required string CaseInformation { get; set; }
    public int Minutes { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public List<WrittenTask> Tasks { get; set; } = [];
    public List<WrittenCriterion> Criteria { get; set; } = [];
}

/// <summary>One task of a written exercise ("Write your case notes of the visit"), with a guide to its length.</summary>
public class WrittenTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ExerciseId { get; set; }
    public int Number { get; set; }
    public required string Prompt { get; set; }
    public int WordGuide { get; set; }
}

/// <summary>One marking criterion: what it assesses, the knowledge and skills area it evidences, the most it earns
/// and what earns the marks (more than one good approach, `000`).</summary>
public class WrittenCriterion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ExerciseId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public int? AreaNumber { get; set; }
    public int MaxMarks { get; set; }
    public required string Guidance { get; set; }
}
