using System.Text.RegularExpressions;
using Naas.Domain.Results;

namespace Naas.Web.Infrastructure;

/// <summary>The code's names for things, as the words people read: element kinds, outcomes, counts, and text
/// cleaned of the consultation's paragraph references where it is meant for social workers or the public.</summary>
public static partial class Words
{
    private static readonly Dictionary<string, string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Knowledge"] = "Knowledge test",
        ["SimulatedObservation"] = "Simulated observation",
        ["Written"] = "Written exercise",
        ["Reflective"] = "Reflective exercise",
        ["Interview"] = "In-depth interview",
        ["LeaderAssessmentDay"] = "Leader assessment day",
        ["StakeholderFeedback"] = "Stakeholder feedback",
    };

    /// <summary>The element kinds the service knows, code and words, for the page where a model is written.</summary>
    public static IEnumerable<(string Kind, string Words)> KnownElements => Elements.Select(e => (e.Key, e.Value));

    /// <summary>An assessment element's kind as words ("SimulatedObservation" is "Simulated observation").</summary>
    public static string Element(string kind) =>
        Elements.TryGetValue(kind, out var words)
            ? words
            : Humps().Replace(kind, m => " " + m.Value.ToLowerInvariant());

    /// <summary>Text that names elements by their kinds ("The SimulatedObservation was not passed"), with each
    /// named in words ("The simulated observation was not passed").</summary>
    public static string Kinds(string? text)
    {
        if (text is null)
            return "";
        foreach (var (kind, words) in Elements)
            text = Regex.Replace(
                text,
                $@"(?<![\w-]){kind}(?![\w-])",
                m => m.Index == 0 ? words : words.ToLowerInvariant()
            );
        return text;
    }

    /// <summary>A released outcome's code as words.</summary>
    public static string Outcome(OutcomeKind kind) =>
        kind switch
        {
            OutcomeKind.Accredited => "Accredited",
            OutcomeKind.RetakeElement => "Retake one element",
            _ => "Retake the whole assessment",
        };

    /// <summary>"1 organisation", "40 organisations".</summary>
    public static string Count(int n, string one, string? many = null) =>
        $"{n:N0} {(n == 1 ? one : many ?? one + "s")}";

    /// <summary>Text without the seeds' paragraph references ("(¶76)", "¶57"), which mean something to the
    /// programme and nothing to the person reading it.</summary>
    public static string Plain(string? text) =>
        text is null
            ? ""
            : Spaces().Replace(References().Replace(text, ""), " ").Replace(" .", ".").Replace(" ,", ",").Trim();

    /// <summary>A rule's explanation written about a person ("Amara Okafor has worked here…, so they…"), turned
    /// to speak to them ("You have worked here…, so you…"), without paragraph references.</summary>
    public static string ToYou(string? text, string fullName)
    {
        var s = Plain(text);
        foreach (
            var (from, to) in new[]
            {
                ($"{fullName}'s", "Your"),
                ($"{fullName} is", "You are"),
                ($"{fullName} has", "You have"),
                ($"{fullName} was", "You were"),
                ($"{fullName} works", "You work"),
                ($"{fullName} starts", "You start"),
                ($"{fullName} started", "You started"),
                (fullName, "You"),
            }
        )
            s = s.Replace(from, to);
        foreach (
            var (from, to) in new[]
            {
                ("they have been", "you have been"),
                ("they will", "you will"),
                ("they stay", "you stay"),
                ("they would", "you would"),
                ("they can", "you can"),
                ("they should", "you should"),
                ("put them forward", "put you forward"),
                ("they were", "you were"),
                ("they are", "you are"),
            }
        )
            s = s.Replace(from, to);
        // A sentence that started with the name keeps its capital; one where it came mid-sentence gets "you".
        return Regex.Replace(s, @"(?<=[a-z,;] )(You|Your)\b", m => m.Value.ToLowerInvariant());
    }

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex Humps();

    [GeneratedRegex(@"\s*\((?:see |under )?¶[^)]*\)|\s*¶\s?\d+(?:[–-]\d+)?(?:(?:, | and )\d+(?:[–-]\d+)?)*")]
    private static partial Regex References();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
