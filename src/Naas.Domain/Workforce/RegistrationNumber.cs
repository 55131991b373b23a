using System.Text.RegularExpressions;

namespace Naas.Domain.Workforce;

/// <summary>A regulator registration number: Social Work England (and HCPC before it) issue "SW" followed by
/// digits, like SW123456. Registration is never affected by an accreditation outcome (¶8).</summary>
public static partial class RegistrationNumber
{
    [GeneratedRegex("^SW[0-9]{4,7}$")]
    private static partial Regex Format();

    /// <summary>Normalises what a person typed (spaces, lower case) and says whether it is a valid number.</summary>
    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return Format().IsMatch(normalised);
    }

    public const string FormatHint = "Enter a registration number in the correct format, like SW123456";
}
