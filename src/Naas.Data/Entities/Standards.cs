using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>One of the three statuses of Annex A with its knowledge and skills statement. Data, not code.</summary>
public class Status : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public StatusLevel Level { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public List<KnowledgeArea> Areas { get; set; } = [];
}

/// <summary>An area of a knowledge and skills statement. Editing it makes a new version; the old text stays in
/// the audit record, so results can be explained against what the standard said at the time.</summary>
public class KnowledgeArea : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>Which elements a status takes. Versioned: a new design is a new version, old ones are kept.</summary>
public class AssessmentModel : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusId { get; set; }
    public Status? Status { get; set; }
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string Notes { get; set; }
    public List<AssessmentModelElement> Elements { get; set; } = [];
}

public class AssessmentModelElement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssessmentModelId { get; set; }
    public int Order { get; set; }
    public required string Kind { get; set; }
    public required string Description { get; set; }
}

/// <summary>A statutory function or responsibility (¶55–56) and the status it calls for.</summary>
public class StatutoryFunction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Description { get; set; }
    public StatusLevel RequiredStatus { get; set; }
    public required string Paragraph { get; set; }
}

/// <summary>A policy number (months, windows). The seeds' values are the defaults.</summary>
public class PolicySetting : IAudited
{
    public required string Key { get; set; }
    public int Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
