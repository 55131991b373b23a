using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Fairness.Analyst;

/// <summary>Pass rates by group for the programme's analysts (issue 16, items 2 and 3), overall and per element, with
/// the four-fifths comparison; the same table, suppressed the same way, as CSV.</summary>
public class PassRatesModel(FairnessData data) : NaasPage
{
    [BindProperty(SupportsGet = true)]
    public string? Grouping { get; set; }

    /// <summary>Results released from this date (optional), to <see cref="To"/> (optional): a window's, or a
    /// year's.</summary>
    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public FairnessData.Report? Report { get; private set; }

    /// <summary>The range as read, or null for either end left blank or not a real date (which is said on the
    /// page, and the report is then of every date).</summary>
    private (DateOnly? From, DateOnly? To) Range()
    {
        ModelState.Clear();
        From.TryGet("Released from", false, out var from, out var fromError);
        To.TryGet("Released to", false, out var to, out var toError);
        if (fromError is not null)
            ModelState.AddModelError(nameof(From), fromError);
        if (toError is not null)
            ModelState.AddModelError(nameof(To), toError);
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError(nameof(To), "Released to must be the same as or after released from");
            return (null, null);
        }
        return (from, to);
    }

    /// <summary>The range in words for the page and the CSV's name.</summary>
    public string RangeWords { get; private set; } = "";

    public static IReadOnlyList<Choice> Groupings { get; } =
        Enum.GetValues<FairnessData.Grouping>().Select(g => new Choice(g.ToString(), FairnessData.Words(g))).ToList();

    private FairnessData.Grouping Chosen =>
        Enum.TryParse<FairnessData.Grouping>(Grouping, out var g) && Enum.IsDefined(g) && !int.TryParse(Grouping, out _)
            ? g
            : FairnessData.Grouping.Age;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Grouping = Chosen.ToString();
        var (from, to) = Range();
        RangeWords = Words(from, to);
        Report = await data.PassRatesAsync(Chosen, from, to, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (from, to) = Range();
        var report = await data.PassRatesAsync(Chosen, from, to, ct);
        var dates = from is null && to is null ? "" : $"-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}".Replace("--", "-");
        return File(
            FairnessData.Csv(report),
            "text/csv",
            $"pass-rates-by-{Chosen.ToString().ToLowerInvariant()}{dates}.csv"
        );
    }

    private static string Words(DateOnly? from, DateOnly? to) =>
        (from, to) switch
        {
            (null, null) => "Every release",
            ({ } f, null) => $"Released from {f:d MMMM yyyy}",
            (null, { } t) => $"Released to {t:d MMMM yyyy}",
            ({ } f, { } t) => $"Released from {f:d MMMM yyyy} to {t:d MMMM yyyy}",
        };

    /// <summary>The address of the CSV for the same grouping and dates.</summary>
    public string CsvLink()
    {
        var query = new List<string> { "handler=Csv", $"grouping={Grouping}" };
        foreach (var (name, d) in new[] { ("From", From), ("To", To) })
        foreach (var (part, value) in new[] { ("Day", d.Day), ("Month", d.Month), ("Year", d.Year) })
            if (!string.IsNullOrWhiteSpace(value))
                query.Add($"{name}.{part}={Uri.EscapeDataString(value)}");
        return $"{FairnessLinks.PassRates()}?{string.Join("&", query)}";
    }
}
