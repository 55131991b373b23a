namespace Naas.Data.Entities;

public class DevelopmentGoal : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public DevelopmentPlan? Plan { get; set; }

    /// <summary>The area of the standards or the element the goal is about, as the report names it.</summary>
    public required string Area { get; set; }
    public required string Action { get; set; }
    public string? Support { get; set; }
    public DateOnly TargetDate { get; set; }

    /// <summary>NotStarted, InProgress or Achieved.</summary>
    public required string Progress { get; set; }
    public string? ProgressNote { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
