namespace Naas.Domain.Fairness;

/// <summary>Age bands for equality monitoring (issue 16, item 1): the seeds record lower success for older social
/// workers (¶36, the foreword), so the bands are wide enough to report and fine enough to see that.</summary>
public enum AgeBand
{
    Under30 = 1,
    From30To39 = 2,
    From40To49 = 3,
    From50To59 = 4,
    From60 = 5,
    PreferNotToSay = 99,
}

/// <summary>Sex, as the 2021 census asked it.</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
    PreferNotToSay = 99,
}

/// <summary>The 19 ethnic groups of the 2021 census in England, each in one of its five high-level groups (the
/// reports use the five: the 19 would make most cells too small to show).</summary>
public enum Ethnicity
{
    Bangladeshi = 1,
    Chinese = 2,
    Indian = 3,
    Pakistani = 4,
    OtherAsian = 5,
    African = 6,
    Caribbean = 7,
    OtherBlack = 8,
    WhiteAndAsian = 9,
    WhiteAndBlackAfrican = 10,
    WhiteAndBlackCaribbean = 11,
    OtherMixed = 12,
    WhiteBritish = 13,
    WhiteIrish = 14,
    GypsyOrIrishTraveller = 15,
    Roma = 16,
    OtherWhite = 17,
    Arab = 18,
    AnyOther = 19,
    PreferNotToSay = 99,
}

/// <summary>Whether the person is disabled as the Equality Act 2010 defines it.</summary>
public enum Disability
{
    Yes = 1,
    No = 2,
    PreferNotToSay = 99,
}

/// <summary>How each characteristic is grouped in a report, and its words.</summary>
public static class EqualityWords
{
    public const string NotGiven = "Not given";

    public static string Words(this AgeBand a) =>
        a switch
        {
            AgeBand.Under30 => "Under 30",
            AgeBand.From30To39 => "30 to 39",
            AgeBand.From40To49 => "40 to 49",
            AgeBand.From50To59 => "50 to 59",
            AgeBand.From60 => "60 and over",
            _ => "Prefer not to say",
        };

    public static string Words(this Sex s) =>
        s switch
        {
            Sex.Female => "Female",
            Sex.Male => "Male",
            _ => "Prefer not to say",
        };

    public static string Words(this Disability d) =>
        d switch
        {
            Disability.Yes => "Disabled",
            Disability.No => "Not disabled",
            _ => "Prefer not to say",
        };

    public static string Words(this Ethnicity e) =>
        e switch
        {
            Ethnicity.Bangladeshi => "Bangladeshi",
            Ethnicity.Chinese => "Chinese",
            Ethnicity.Indian => "Indian",
            Ethnicity.Pakistani => "Pakistani",
            Ethnicity.OtherAsian => "Any other Asian background",
            Ethnicity.African => "African",
            Ethnicity.Caribbean => "Caribbean",
            Ethnicity.OtherBlack => "Any other Black, Black British or Caribbean background",
            Ethnicity.WhiteAndAsian => "White and Asian",
            Ethnicity.WhiteAndBlackAfrican => "White and Black African",
            Ethnicity.WhiteAndBlackCaribbean => "White and Black Caribbean",
            Ethnicity.OtherMixed => "Any other Mixed or multiple ethnic background",
            Ethnicity.WhiteBritish => "English, Welsh, Scottish, Northern Irish or British",
            Ethnicity.WhiteIrish => "Irish",
            Ethnicity.GypsyOrIrishTraveller => "Gypsy or Irish Traveller",
            Ethnicity.Roma => "Roma",
            Ethnicity.OtherWhite => "Any other White background",
            Ethnicity.Arab => "Arab",
            Ethnicity.AnyOther => "Any other ethnic group",
            _ => "Prefer not to say",
        };

    /// <summary>The census's high-level group.</summary>
    public static string Group(this Ethnicity e) =>
        (int)e switch
        {
            <= 5 => "Asian, Asian British or Asian Welsh",
            <= 8 => "Black, Black British, Black Welsh, Caribbean or African",
            <= 12 => "Mixed or multiple ethnic groups",
            <= 17 => "White",
            <= 19 => "Other ethnic group",
            _ => "Prefer not to say",
        };

    public static readonly IReadOnlyList<string> EthnicGroups =
    [
        "Asian, Asian British or Asian Welsh",
        "Black, Black British, Black Welsh, Caribbean or African",
        "Mixed or multiple ethnic groups",
        "White",
        "Other ethnic group",
    ];
}

/// <summary>Statistical disclosure control for every report of groups (issue 16, item 3), as official statistics
/// do it: a count under the threshold is shown only as "fewer than N", with its rate; where one group of a set is
/// hidden, the next smallest is hidden too, so that the total cannot give it away; shown counts are rounded to the
/// nearest multiple the setting gives.</summary>
public static class Suppression
{
    public sealed record Cell(string Group, int Count, int Passed);

    /// <param name="Visible">False when the group is too small to show.</param>
    /// <param name="Count">The count as shown (rounded), or null when hidden.</param>
    /// <param name="Rate">The pass rate from the exact counts, or null when hidden.</param>
    public sealed record Shown(
        string Group,
        bool Visible,
        int? Count,
        int? Passed,
        double? Rate,
        int Exact,
        int ExactPassed
    );

    public static IReadOnlyList<Shown> Apply(IReadOnlyList<Cell> cells, int threshold, int roundTo)
    {
        var hidden = cells.Where(c => c.Count > 0 && c.Count < threshold).Select(c => c.Group).ToHashSet();
        // The total of a set is reported, so one hidden group could be worked out from it and the others: hide the
        // next smallest as well (secondary suppression). Groups of nobody give nothing away.
        if (hidden.Count == 1)
        {
            var next = cells
                .Where(c => c.Count > 0 && !hidden.Contains(c.Group))
                .OrderBy(c => c.Count)
                .FirstOrDefault();
            if (next is not null)
                hidden.Add(next.Group);
        }
        return cells
            .Select(c =>
                hidden.Contains(c.Group)
                    ? new Shown(c.Group, false, null, null, null, c.Count, c.Passed)
                    : new Shown(
                        c.Group,
                        true,
                        Round(c.Count, roundTo),
                        c.Count == 0 ? 0 : Round(c.Passed, roundTo),
                        c.Count == 0 ? null : c.Passed / (double)c.Count,
                        c.Count,
                        c.Passed
                    )
            )
            .ToList();
    }

    public static int Round(int n, int to) =>
        to <= 1 ? n : (int)(Math.Round(n / (double)to, MidpointRounding.AwayFromZero) * to);
}
