using System.Globalization;

namespace Naas.Web.Infrastructure.GovUk;

/// <summary>The three boxes of the GOV.UK date input. Kept as typed, so a wrong date is shown back as it was
/// entered.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? d) =>
        d is { } v
            ? new DateInput
            {
                Day = v.Day.ToString(CultureInfo.InvariantCulture),
                Month = v.Month.ToString(CultureInfo.InvariantCulture),
                Year = v.Year.ToString(CultureInfo.InvariantCulture),
            }
            : new DateInput();

    /// <summary>Reads the date, or says what is wrong in the GOV.UK pattern's words ("Date started must include a
    /// month").</summary>
    public bool TryGet(string name, bool required, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (IsEmpty)
        {
            if (required)
                error = $"Enter {name.ToLowerInvariant()}";
            return !required;
        }
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }
            .Where(p => string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            error = $"{name} must include a {string.Join(" and ", missing)}";
            return false;
        }
        if (
            !int.TryParse(Day, out var d)
            || !int.TryParse(Month, out var m)
            || !int.TryParse(Year, out var y)
            || y < 1900
            || y > 2200
            || m is < 1 or > 12
            || d < 1
            || d > DateTime.DaysInMonth(y, m)
        )
        {
            error = $"{name} must be a real date";
            return false;
        }
        date = new DateOnly(y, m, d);
        return true;
    }
}
