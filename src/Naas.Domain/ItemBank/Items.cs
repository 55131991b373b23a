namespace Naas.Domain.ItemBank;

/// <summary>The kinds of closed-response question the bank holds (¶28–30 and the 2018 guidance).</summary>
public enum ItemType
{
    /// <summary>Yes/no or true/false: wholly right or wrong (¶28).</summary>
    Binary = 1,

    /// <summary>One best answer from several options (2018: 1 of 4).</summary>
    SingleBestAnswer = 2,

    /// <summary>Several true/false statements about one stem, marked statement by statement (¶28).</summary>
    MultiPart = 3,

    /// <summary>Choose N of M options (2018: 3 of 8).</summary>
    MultipleResponse = 4,
}

/// <summary>How an item with several parts is scored; stated per blueprint (DOMAIN.md, element 1).</summary>
public enum PartialCreditRule
{
    /// <summary>Each right part earns its share of the mark: practice often has more than one good answer.</summary>
    PerPart = 1,

    /// <summary>The mark only when every part is right.</summary>
    AllOrNothing = 2,
}

/// <summary>An item's key, as the scorer needs it. Never sent to a browser.</summary>
public sealed record ItemKey(
    ItemType Type,
    IReadOnlyList<string> Correct,
    int OptionsToChoose = 1,
    IReadOnlyList<string>? Statements = null
);

/// <summary>A candidate's response: the options chosen, or for multi-part items a true/false answer per statement
/// (statement id → "true"/"false").</summary>
public sealed record ItemResponse(IReadOnlyList<string> Chosen, IReadOnlyDictionary<string, string>? Statements = null)
{
    public static ItemResponse None { get; } = new([]);
}

public sealed record ItemScore(decimal Score, decimal Max);

/// <summary>Scores one response against one key. Pure, so every past result can be re-scored against exactly
/// the item version the candidate saw.</summary>
public static class ItemScoring
{
    public static ItemScore Score(ItemKey key, ItemResponse response, PartialCreditRule rule)
    {
        switch (key.Type)
        {
            case ItemType.Binary:
            case ItemType.SingleBestAnswer:
                return new(response.Chosen.Count == 1 && key.Correct.Contains(response.Chosen[0]) ? 1m : 0m, 1m);

            case ItemType.MultiPart:
            {
                var statements =
                    key.Statements
                    ?? throw new ArgumentException("A multi-part key lists its statements.", nameof(key));
                var correctTrue = key.Correct.ToHashSet();
                var right = statements.Count(s =>
                    response.Statements is { } answers
                    && answers.TryGetValue(s, out var a)
                    && (a == "true") == correctTrue.Contains(s)
                    && a is "true" or "false"
                );
                return Partial(right, statements.Count, rule);
            }

            case ItemType.MultipleResponse:
            {
                // Choosing more than asked would let a candidate tick everything: such a response scores nothing.
                var chosen = response.Chosen.Distinct().ToList();
                if (chosen.Count > key.OptionsToChoose)
                    return new(0m, 1m);
                var right = chosen.Count(key.Correct.Contains);
                return Partial(right, key.OptionsToChoose, rule);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(key), key.Type, "Unknown item type");
        }
    }

    private static ItemScore Partial(int right, int parts, PartialCreditRule rule) =>
        rule switch
        {
            PartialCreditRule.AllOrNothing => new(right == parts ? 1m : 0m, 1m),
            _ => new(parts == 0 ? 0m : Math.Round((decimal)right / parts, 4), 1m),
        };
}

public static class ItemTypeNames
{
    /// <summary>The question type as authors and candidates read it.</summary>
    public static string Name(this ItemType type) =>
        type switch
        {
            ItemType.Binary => "true or false",
            ItemType.SingleBestAnswer => "single best answer",
            ItemType.MultiPart => "multi-part true or false",
            ItemType.MultipleResponse => "multiple response",
            _ => type.ToString(),
        };
}
