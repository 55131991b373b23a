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

    public FairnessData.Report? Report { get; private set; }

    public static IReadOnlyList<Choice> Groupings { get; } =
        Enum.GetValues<FairnessData.Grouping>().Select(g => new Choice(g.ToString(), FairnessData.Words(g))).ToList();

    private FairnessData.Grouping Chosen =>
        Enum.TryParse<FairnessData.Grouping>(Grouping, out var g) && Enum.IsDefined(g) && !int.TryParse(Grouping, out _)
            ? g
            : FairnessData.Grouping.Age;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Grouping = Chosen.ToString();
        Report = await data.PassRatesAsync(Chosen, null, null, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await data.PassRatesAsync(Chosen, null, null, ct);
        return File(FairnessData.Csv(report), "text/csv", $"pass-rates-by-{Chosen.ToString().ToLowerInvariant()}.csv");
    }
}
