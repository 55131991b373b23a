using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

namespace Naas.Web.Features.ItemBank;

/// <summary>A new question was drafted: its first version.</summary>
public sealed record ItemDrafted(Guid Version, Guid Item, string Reference, string Author, ItemPool Pool)
    : KnowledgeItemChange(Version)
{
    public override string Action => "Drafted";

    public override string Summary() => $"{Reference} version 1 drafted by {Author}";
}

/// <summary>A draft version was edited; where its pool was chosen again, the pool it is now in.</summary>
public sealed record ItemEdited(Guid Version, string Reference, int Number, ItemPool? Pool)
    : KnowledgeItemChange(Version)
{
    public override string Action => "Edited";

    public override string Summary() =>
        $"{Reference} version {Number} edited"
        + (Pool is { } p ? $" ({(p == ItemPool.Practice ? "practice test only" : "real tests only")})" : "");
}

/// <summary>A new draft version was copied from an earlier one, which stays as it was.</summary>
public sealed record ItemVersionDrafted(Guid Version, string Reference, int Number, int FromNumber, string Author)
    : KnowledgeItemChange(Version)
{
    public override string Action => "NewVersion";

    public override string Summary() => $"{Reference} version {Number} drafted from version {FromNumber} by {Author}";
}

/// <summary>The questions never to appear on one form with this one were set.</summary>
public sealed record EnemiesSet(Guid Item, string Reference, IReadOnlyList<string> Enemies) : AuditedChange
{
    public override string SubjectType => "KnowledgeItem";
    public override Guid? SubjectId => Item;

    public override string Summary() =>
        $"{Reference} enemies: {(Enemies.Count == 0 ? "none" : string.Join(", ", Enemies))}";
}

/// <summary>A version moved through its life cycle (<see cref="ItemLifecycle"/>): submitted, approved, returned or
/// retired.</summary>
public sealed record ItemMoved(
    Guid Version,
    string Reference,
    int Number,
    ItemAction Move,
    ItemStatus From,
    ItemStatus To,
    string By,
    string? Reason
) : KnowledgeItemChange(Version)
{
    public override string Action => Move.ToString();
    public override string? GivenReason => Reason;

    public override string Summary() => $"{Reference} version {Number}: {From} → {To} by {By}";
}

/// <summary>A live version's key was corrected; every sitting that showed it is scored again (<see
/// cref="AttemptRescored"/>).</summary>
public sealed record KeyCorrected(
    Guid Version,
    string Reference,
    int Number,
    IReadOnlyList<string> WasKey,
    IReadOnlyList<string> Key,
    string Reason
) : KnowledgeItemChange(Version)
{
    public override string? GivenReason => Reason;

    public override string Summary() =>
        $"{Reference} version {Number} key \"{string.Join("; ", WasKey)}\" → \"{string.Join("; ", Key)}\"";
}

/// <summary>A sitting's score changed because a key it was scored against was corrected. Off the person's
/// timeline: the score is theirs when results are released.</summary>
public sealed record AttemptRescored(
    Guid Attempt,
    Guid Person,
    Guid Version,
    string ItemReference,
    decimal? From,
    decimal To,
    string Reason
) : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Action => "Rescored";
    public override string? GivenReason => Reason;

    public override string Summary() =>
        $"Re-scored after the key of {ItemReference} was corrected: {From:0.##} → {To:0.##}";
}

/// <summary>A case (the scenario questions share) was created or edited, with the kind of media it now
/// carries.</summary>
public sealed record CaseSaved(Guid Case, string Reference, bool Created, string? MediaType) : KnowledgeCaseChange(Case)
{
    public override string Action => Created ? "Created" : "Edited";

    public override string Summary() =>
        $"{Reference} {(Created ? "created" : "edited")}" + (MediaType is null ? "" : $" with {MediaType} media");
}

/// <summary>A case was made from the picture in an imported QTI question.</summary>
public sealed record CaseFromImportedPicture(Guid Case, string Reference, string ItemReference)
    : KnowledgeCaseChange(Case)
{
    public override string Action => "Created";

    public override string Summary() => $"{Reference} created from the picture in imported question {ItemReference}";
}
