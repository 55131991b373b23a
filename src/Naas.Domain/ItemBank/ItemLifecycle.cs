namespace Naas.Domain.ItemBank;

public enum ItemStatus
{
    Draft = 1,
    InReview = 2,
    Live = 3,
    Retired = 4,

    /// <summary>Taken out of new forms by the fairness screen (a C item for DIF, issue 16) until a content reviewer
    /// has looked at it: reinstated, or retired.</summary>
    Suspended = 5,
}

public enum ItemAction
{
    Edit,
    Submit,
    Approve,
    ReturnToAuthor,
    Retire,
    Suspend,
}

/// <summary>An item version's lifecycle: draft → in review → live → retired. A reviewer who is not the author
/// approves it. A version that has been used in a test is never changed again, so every past result can be
/// re-scored and explained against exactly what the candidate saw; changing it means a new version. A simulation's
/// scenario has the same life cycle (the <c>noun</c> says which the words are about).</summary>
public static class ItemLifecycle
{
    public static (ItemStatus? Next, string? Refusal) Apply(
        ItemStatus from,
        ItemAction action,
        Guid actor,
        Guid author,
        bool usedInTest,
        string noun = "item"
    )
    {
        if (usedInTest && action is ItemAction.Edit or ItemAction.ReturnToAuthor)
            return (
                null,
                $"This version has been used in {(noun == "item" ? "a test" : "an assessment")} and cannot change. Make a new version instead."
            );
        return (from, action) switch
        {
            (ItemStatus.Draft, ItemAction.Edit) => (ItemStatus.Draft, null),
            (ItemStatus.InReview, ItemAction.Edit) => (ItemStatus.Draft, null), // an edit takes it back out of review
            (ItemStatus.Draft, ItemAction.Submit) => (ItemStatus.InReview, null),
            (ItemStatus.InReview, ItemAction.Approve) when actor == author => (
                null,
                $"You wrote this {noun}, so someone else must review it."
            ),
            (ItemStatus.InReview, ItemAction.Approve) => (ItemStatus.Live, null),
            (ItemStatus.InReview, ItemAction.ReturnToAuthor) => (ItemStatus.Draft, null),
            (ItemStatus.Live, ItemAction.Retire) => (ItemStatus.Retired, null),
            (ItemStatus.Live, ItemAction.Suspend) => (ItemStatus.Suspended, null),
            // A suspended item goes back into forms only when a content reviewer, not its author, has reviewed it.
            (ItemStatus.Suspended, ItemAction.Approve) when actor == author => (
                null,
                $"You wrote this {noun}, so someone else must review it."
            ),
            (ItemStatus.Suspended, ItemAction.Approve) => (ItemStatus.Live, null),
            (ItemStatus.Suspended, ItemAction.Retire) => (ItemStatus.Retired, null),
            (ItemStatus.Live, ItemAction.Edit) => (null, "This version is live. Make a new version to change it."),
            (ItemStatus.Retired, _) => (null, "This version is retired."),
            _ => (null, $"This {noun} is {from.Name().ToLowerInvariant()}, so it cannot be {Past(action)}."),
        };
    }

    private static string Past(ItemAction a) =>
        a switch
        {
            ItemAction.Edit => "edited",
            ItemAction.Submit => "submitted for review",
            ItemAction.Approve => "approved",
            ItemAction.ReturnToAuthor => "returned to its author",
            ItemAction.Suspend => "suspended",
            _ => "retired",
        };
}

/// <summary>What an item says and its key, checked before it can be submitted: problems keyed by field.</summary>
public sealed record ItemContent(
    ItemType Type,
    string? Stem,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> Key,
    int OptionsToChoose = 1
)
{
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Stem))
            problems.Add((nameof(Stem), "Enter the question"));
        var options = Options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            problems.Add((nameof(Options), "Each option must be different"));
        var keyOutside = Key.Where(k => !options.Contains(k)).ToList();
        if (keyOutside.Count > 0)
            problems.Add((nameof(Key), $"The answer must be one of the options, not \"{keyOutside[0]}\""));
        switch (Type)
        {
            case ItemType.Binary:
                if (options.Count != 2)
                    problems.Add((nameof(Options), "A yes/no or true/false question has exactly 2 options"));
                if (Key.Count != 1)
                    problems.Add((nameof(Key), "Select the right answer"));
                break;
            case ItemType.SingleBestAnswer:
                if (options.Count < 3)
                    problems.Add((nameof(Options), "A single best answer question needs at least 3 options"));
                if (Key.Count != 1)
                    problems.Add((nameof(Key), "Select the one best answer"));
                break;
            case ItemType.MultipleResponse:
                if (OptionsToChoose < 2 || OptionsToChoose >= options.Count)
                    problems.Add(
                        (
                            nameof(OptionsToChoose),
                            "The number to choose must be at least 2 and fewer than the number of options"
                        )
                    );
                else if (Key.Count != OptionsToChoose)
                    problems.Add(
                        (nameof(Key), $"Select {OptionsToChoose} right answers, as many as the candidate chooses")
                    );
                break;
            case ItemType.MultiPart:
                // Options are the statements; the key lists the statements that are true (none may be).
                if (options.Count < 2)
                    problems.Add((nameof(Options), "A multi-part question needs at least 2 statements"));
                break;
        }
        return problems;
    }
}

public static class ItemStatusNames
{
    public static string Name(this ItemStatus status) =>
        status switch
        {
            ItemStatus.Draft => "Draft",
            ItemStatus.InReview => "In review",
            ItemStatus.Live => "Live",
            ItemStatus.Retired => "Retired",
            ItemStatus.Suspended => "Suspended",
            _ => status.ToString(),
        };
}
