using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.Fairness;

/// <summary>The programme's analyses as background work (issue 16, item 5): asked for when a knowledge-test window
/// closes, when new ratings have come in (at most once an hour), or by an analyst; claimed by one instance at a time
/// (FOR UPDATE SKIP LOCKED on PostgreSQL); each run's work (a suspended question, say) and its own stored result commit
/// in one transaction, or neither does. Pages read only stored runs.</summary>
public sealed class Analyses(
    NaasDbContext db,
    KnowledgeAnalysis knowledge,
    RaterAnalysis raters,
    TimeProvider clock,
    IConfiguration config,
    ILogger<Analyses> log
)
{
    public const string ByTheService = "The service";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static string SubjectOf(string kind, Guid? windowId) => windowId?.ToString() ?? kind;

    public static T? Read<T>(AnalysisRun run)
        where T : class => run.Result is null ? null : JsonSerializer.Deserialize<T>(run.Result, Json);

    /// <summary>The latest finished run of a subject, and whether another waits.</summary>
    public async Task<(AnalysisRun? Latest, AnalysisRun? Waiting)> StateAsync(
        string kind,
        Guid? windowId,
        CancellationToken ct
    )
    {
        var subject = SubjectOf(kind, windowId);
        var runs = db.AnalysisRuns.AsNoTracking().Where(r => r.Kind == kind && r.Subject == subject);
        var latest = await runs.Where(r => r.FinishedAt != null)
            .OrderByDescending(r => r.FinishedAt)
            .FirstOrDefaultAsync(ct);
        var waiting = await runs.Where(r => r.FinishedAt == null).FirstOrDefaultAsync(ct);
        return (latest, waiting);
    }

    /// <summary>Asks for a run unless one already waits; false if one did.</summary>
    public async Task<bool> RequestAsync(string kind, Guid? windowId, string by, CancellationToken ct)
    {
        var subject = SubjectOf(kind, windowId);
        if (await db.AnalysisRuns.AnyAsync(r => r.Kind == kind && r.Subject == subject && r.FinishedAt == null, ct))
            return false;
        db.AnalysisRuns.Add(
            new AnalysisRun
            {
                Kind = kind,
                WindowId = windowId,
                Subject = subject,
                RequestedAt = clock.GetUtcNow(),
                RequestedBy = by,
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance asked at the same moment: the unique index over waiting runs kept it to one.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The knowledge test's data version for a window: its sittings and the equality information the DIF
    /// screen groups by.</summary>
    public async Task<string> KnowledgeVersionAsync(TestWindow window, CancellationToken ct)
    {
        var sittings = db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .Where(a =>
                a.SubmittedAt != null
                && a.BlueprintId == window.BlueprintId
                && a.StartedAt >= window.Opens
                && a.StartedAt < window.Closes
            );
        var count = await sittings.CountAsync(ct);
        var latest = count == 0 ? null : await sittings.MaxAsync(a => a.SubmittedAt, ct);
        var equality = db.EqualityRecords.IgnoreQueryFilters();
        var records = await equality.CountAsync(ct);
        var changed = records == 0 ? null : (DateTimeOffset?)await equality.MaxAsync(e => e.UpdatedAt, ct);
        return $"{count} submitted sittings, the latest {latest:u}; {records} equality records, the latest changed {changed:u}";
    }

    /// <summary>Asks for what is due: each closed window of the real test never analysed, and the raters' analysis
    /// when ratings have changed since its last run and that run is more than <c>Analysis:RatersEveryMinutes</c>
    /// (60) old.</summary>
    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var analysed = db.AnalysisRuns.Where(r => r.Kind == AnalysisRun.KnowledgeTest).Select(r => r.WindowId);
        var closed = await db
            .TestWindows.AsNoTracking()
            .Where(w => w.Closes <= now && !w.Blueprint!.IsPractice && !analysed.Contains(w.Id))
            .OrderBy(w => w.Closes)
            .Select(w => w.Id)
            .ToListAsync(ct);
        var queued = 0;
        foreach (var id in closed)
            if (await RequestAsync(AnalysisRun.KnowledgeTest, id, ByTheService, ct))
                queued++;

        var (latest, waiting) = await StateAsync(AnalysisRun.Raters, null, ct);
        var every = TimeSpan.FromMinutes(config.GetValue("Analysis:RatersEveryMinutes", 60));
        if (
            waiting is null
            && (latest is null || latest.RequestedAt + every <= now)
            && await db.ObservationSheets.IgnoreQueryFilters().AnyAsync(s => s.SubmittedAt != null, ct)
            && (latest is null || latest.DataVersion != await raters.DataVersionAsync(ct))
            && await RequestAsync(AnalysisRun.Raters, null, ByTheService, ct)
        )
            queued++;
        return queued;
    }

    /// <summary>Claims the oldest waiting run and runs it: its work and its result in one transaction. False when
    /// none waits (or another instance holds it).</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        Guid claimed;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var run = db.Database.IsNpgsql()
                ? await db
                    .AnalysisRuns.FromSqlRaw(
                        "SELECT * FROM \"AnalysisRuns\" WHERE \"FinishedAt\" IS NULL ORDER BY \"RequestedAt\" LIMIT 1 FOR UPDATE SKIP LOCKED"
                    )
                    .FirstOrDefaultAsync(ct)
                : await db
                    .AnalysisRuns.Where(r => r.FinishedAt == null)
                    .OrderBy(r => r.RequestedAt)
                    .FirstOrDefaultAsync(ct);
            if (run is null)
                return false;
            claimed = run.Id;
            try
            {
                var started = clock.GetUtcNow();
                if (run.Kind == AnalysisRun.KnowledgeTest)
                {
                    var window = await db.TestWindows.AsNoTracking().SingleAsync(w => w.Id == run.WindowId, ct);
                    run.DataVersion = await KnowledgeVersionAsync(window, ct);
                    run.Result = JsonSerializer.Serialize(
                        await knowledge.RunAsync(
                            window,
                            $"Fairness screen at the close of the window ({run.RequestedBy} asked)",
                            ct
                        ),
                        Json
                    );
                }
                else
                {
                    run.DataVersion = await raters.DataVersionAsync(ct);
                    run.Result = JsonSerializer.Serialize(await raters.RunAsync(ct), Json);
                }
                run.FinishedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                Infrastructure.NaasMetrics.JobRuns.Add(
                    1,
                    new KeyValuePair<string, object?>("job", $"analysis:{run.Kind}")
                );
                log.LogInformation(
                    "Analysis {Kind} {Subject} ran in {Seconds:0.0} s",
                    run.Kind,
                    run.Subject,
                    (clock.GetUtcNow() - started).TotalSeconds
                );
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Analysis {Kind} {Subject} failed", run.Kind, run.Subject);
                Infrastructure.NaasMetrics.JobFailures.Add(
                    1,
                    new KeyValuePair<string, object?>("job", $"analysis:{run.Kind}")
                );
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var failed = await db.AnalysisRuns.SingleAsync(r => r.Id == claimed, ct);
                failed.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                failed.FinishedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                return true;
            }
        }
    }

    /// <summary>Queues what is due, then runs every waiting run; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await QueueDueAsync(ct);
        var ran = 0;
        while (await RunNextAsync(ct))
            ran++;
        return ran;
    }
}

/// <summary>Runs <see cref="Analyses"/> every <c>Analysis:IntervalSeconds</c> (60) on every instance; the claim makes
/// each run happen once.</summary>
public sealed class AnalysisProcessor(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration config,
    ILogger<AnalysisProcessor> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(config.GetValue("Analysis:IntervalSeconds", 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Analyses>().RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Analyses failed");
            }
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
