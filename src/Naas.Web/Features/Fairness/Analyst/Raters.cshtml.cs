using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Fairness.Analyst;

/// <summary>Observer, actor and scenario severity and pass rates, and what adjusting for observer severity would
/// change (issue 16, item 2): read from the stored run (made when new ratings have come in, at most hourly, or when
/// an analyst asks).</summary>
public class RatersModel(Analyses analyses, RaterAnalysis raters, Administration.PolicyStore policy) : NaasPage
{
    /// <summary>Pass rates of fewer candidates than this are shown as "fewer than N", as on every report.</summary>
    public int Threshold { get; private set; }

    /// <summary>A pass rate as shown: suppressed below the threshold.</summary>
    public string Rate(int passed, int of) =>
        of == 0 ? "No results yet"
        : of < Threshold ? $"Fewer than {Threshold} results"
        : $"{passed} of {of} ({(100.0 * passed / of).ToString("0", CultureInfo.InvariantCulture)}%)";

    public AnalysisRun? Latest { get; private set; }
    public AnalysisRun? Waiting { get; private set; }
    public RaterAnalysis.Result? Result { get; private set; }
    public bool Current { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        Threshold = (await policy.CurrentAsync(ct)).Value(Domain.Eligibility.EligibilityPolicy.Keys.ReportMinimumCount);
        (Latest, Waiting) = await analyses.StateAsync(AnalysisRun.Raters, null, ct);
        if (Latest is { Error: null })
        {
            Result = Analyses.Read<RaterAnalysis.Result>(Latest);
            Current = Latest.DataVersion == await raters.DataVersionAsync(ct);
        }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        Success(
            await analyses.RequestAsync(AnalysisRun.Raters, null, Scope.ActorName, ct)
                ? "Asked for: the analysis runs in the background, usually within a minute. This page shows it when it is done."
                : "The analysis is already waiting to run."
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Result is null)
            return NotFound();
        static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
        IEnumerable<string[]> Rows(string facet, IReadOnlyList<RaterAnalysis.Row> rows) =>
            rows.Select(r =>
                new[]
                {
                    facet,
                    r.Name,
                    F(r.Severity, "0.000"),
                    F(r.StandardError, "0.000"),
                    F(r.Infit, "0.00"),
                    F(r.Outfit, "0.00"),
                    $"{r.Ratings}",
                    // Suppressed as on the page.
                    r.Candidates < Threshold
                        ? $"fewer than {Threshold}"
                        : $"{r.Candidates}",
                    r.Candidates < Threshold ? "" : $"{r.Passed}",
                }
            );
        return File(
            Workforce.WorkforceFile.ToCsvWith(
                [
                    "Facet",
                    "Name",
                    "Severity (logits)",
                    "Standard error",
                    "Infit",
                    "Outfit",
                    "Ratings",
                    "Candidates with a result",
                    "Passed",
                ],
                Rows("Observer", Result.Observers)
                    .Concat(Rows("Actor", Result.Actors))
                    .Concat(Rows("Scenario", Result.Scenarios))
            ),
            "text/csv",
            "observers-actors-scenarios.csv"
        );
    }
}
