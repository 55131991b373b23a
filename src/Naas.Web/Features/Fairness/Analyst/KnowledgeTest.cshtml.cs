using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Fairness.Analyst;

/// <summary>The knowledge test's analysis for each window (issue 16, items 2 and 5): read from the stored run made
/// when the window closed (or when an analyst asked), never computed while the page waits.</summary>
public class KnowledgeTestModel(NaasDbContext db, Analyses analyses, TimeProvider clock) : NaasPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? Window { get; set; }

    public sealed record WindowRow(Guid Id, string Words, bool Closed);

    public List<WindowRow> Windows { get; private set; } = [];
    public TestWindow? Chosen { get; private set; }
    public AnalysisRun? Latest { get; private set; }
    public AnalysisRun? Waiting { get; private set; }
    public KnowledgeAnalysis.Result? Result { get; private set; }
    public bool Current { get; private set; }

    public static string Dates(TestWindow w) =>
        $"{w.Opens.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {w.Closes.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var windows = await db
            .TestWindows.AsNoTracking()
            .Where(w => !w.Blueprint!.IsPractice)
            .OrderByDescending(w => w.Opens)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        Windows = windows.Select(w => new WindowRow(w.Id, Dates(w), w.Closes <= now)).ToList();
        var ran = await db
            .AnalysisRuns.AsNoTracking()
            .Where(r => r.Kind == AnalysisRun.KnowledgeTest && r.FinishedAt != null && r.Error == null)
            .Select(r => r.WindowId)
            .ToListAsync(ct);
        Chosen = Window is { } id
            ? windows.SingleOrDefault(w => w.Id == id)
            : windows.FirstOrDefault(w => ran.Contains(w.Id)) ?? windows.FirstOrDefault();
        if (Window is not null && Chosen is null)
            return false;
        if (Chosen is null)
            return true;
        Window = Chosen.Id;
        (Latest, Waiting) = await analyses.StateAsync(AnalysisRun.KnowledgeTest, Chosen.Id, ct);
        if (Latest is { Error: null })
        {
            Result = Analyses.Read<KnowledgeAnalysis.Result>(Latest);
            Current = Latest.DataVersion == await analyses.KnowledgeVersionAsync(Chosen, ct);
        }
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (Window is null || !await LoadAsync(ct) || Chosen is null)
            return NotFound();
        Success(
            await analyses.RequestAsync(AnalysisRun.KnowledgeTest, Chosen.Id, Scope.ActorName, ct)
                ? "Asked for: the analysis runs in the background, usually within a minute. This page shows it when it is done."
                : "This window's analysis is already waiting to run."
        );
        return RedirectToPage(new { window = Chosen.Id });
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Result is null)
            return NotFound();
        static string F(double? x, string format) => x?.ToString(format, CultureInfo.InvariantCulture) ?? "";
        return File(
            Workforce.WorkforceFile.ToCsvWith(
                [
                    "Question",
                    "Version",
                    "Seen",
                    "Facility",
                    "Item-rest",
                    "Rasch difficulty",
                    "Standard error",
                    "Infit",
                    "Outfit",
                    "Look at",
                ],
                Result.Items.Select(i =>
                    new[]
                    {
                        i.Reference,
                        $"{i.Version}",
                        $"{i.Seen}",
                        F(i.Facility, "0.000"),
                        F(double.IsNaN(i.ItemRest) ? null : i.ItemRest, "0.000"),
                        F(i.Difficulty, "0.000"),
                        F(i.StandardError, "0.000"),
                        F(i.Infit, "0.00"),
                        F(i.Outfit, "0.00"),
                        string.Join("; ", i.Concerns),
                    }
                )
            ),
            "text/csv",
            $"knowledge-test-items-{Chosen!.Opens:yyyy-MM-dd}.csv"
        );
    }
}
