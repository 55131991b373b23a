using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>Warms a freshly started instance on the path a test window's opening storms (issue 17, item 4) before
/// readiness lets the load balancer send it anyone: a booked start of every live real test (booking, endorsement and
/// adjustment checks, the live bank read, a form assembled, exposure counted), the first question and the candidate's
/// test page read back, and the shared page layout rendered. The start storm found cold instances the long tail: the
/// first starts waited while .NET compiled the start's code and EF Core its queries, and everything behind them
/// queued (bench/README.md).
///
/// <para>It leaves no trace. The candidate, endorsement, window and booking it starts from are made inside one
/// database transaction, with everything the start writes (the sitting, exposure counts, first-use dates, audit
/// records), and the transaction is rolled back; nobody can see them, and the exposure rows it locks are held only for
/// the milliseconds until the rollback. If the database cannot be reached it tries again every few seconds (readiness
/// fails meanwhile anyway); any other failure is logged and the instance made ready cold, never kept out of
/// service.</para></summary>
public sealed class StartWarmup(
    IServiceScopeFactory scopes,
    IConfiguration config,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StartWarmup> log
) : BackgroundService
{
    /// <summary>The warm-up is over (done, failed, or switched off with <c>Warmup:Enabled</c> = false).</summary>
    public bool Finished { get; private set; }

    /// <summary>Forms assembled and rolled back by the last warm-up; 0 if there was no live real test to start.</summary>
    public int StartsWarmed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!config.GetValue("Warmup:Enabled", true))
        {
            Finished = true;
            return;
        }
        var clock = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                StartsWarmed = await WarmStartsAsync(stop);
                await WarmPagesAsync(stop);
                log.LogInformation(
                    "Warmed up in {Milliseconds} ms: {Starts} test starts run and rolled back",
                    clock.ElapsedMilliseconds,
                    StartsWarmed
                );
                break;
            }
            catch (Exception e) when (DatabaseUnavailable.Is(e) && !stop.IsCancellationRequested)
            {
                log.LogWarning("Warm-up waits for the database: {Message}", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(3), stop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Warm-up failed; the instance serves cold");
                break;
            }
        }
        Finished = true;
    }

    /// <summary>One booked start of each live real test, and what a candidate reads next, all rolled back.</summary>
    public async Task<int> WarmStartsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<NaasDbContext>();
        var employer = await db
            .Organisations.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .FirstOrDefaultAsync(ct);
        var blueprints = await db
            .KnowledgeBlueprints.AsNoTracking()
            .Where(b => !b.IsPractice && !b.Retired)
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        if (employer == Guid.Empty || blueprints.Count == 0)
            return 0;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var starts = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var blueprint in blueprints)
            {
                var mark = Guid.NewGuid().ToString("N");
                var person = new SocialWorker
                {
                    GivenName = "Warm-up",
                    FamilyName = "Candidate",
                    RegistrationNumber = $"WARMUP{mark[..6]}", // 12 characters, never a real "SW" number
                    Email = $"warmup-{mark}@warmup.invalid",
                };
                var endorsement = new Endorsement
                {
                    SocialWorkerId = person.Id,
                    OrganisationId = employer,
                    Level = blueprint.Status,
                    State = EndorsementState.Agreed,
                    Judgement = "Warm-up",
                    Evidence = "Warm-up",
                    EligibilityAtEndorsement = "Eligible",
                    EndorsedAt = now,
                    EndorsedBy = "warm-up",
                    RespondedAt = now,
                };
                var window = new TestWindow
                {
                    BlueprintId = blueprint.Id,
                    Opens = now.AddMinutes(-1),
                    Closes = now.AddHours(1),
                };
                var booking = new TestBooking
                {
                    SocialWorkerId = person.Id,
                    EndorsementId = endorsement.Id,
                    WindowId = window.Id,
                    Location = KnowledgeAttempt.Remote,
                    BookedAt = now,
                };
                db.AddRange(person, endorsement, window, booking);
                db.Record(new ArrangedOutsideTheService("Warm-up", null, "Warm-up", "Rolled back"));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();

                // What a candidate's browser asks for, in order: their test page, Start, the first question.
                var bookings = services.GetRequiredService<BookingService>();
                var sittings = services.GetRequiredService<SittingClock>();
                await sittings.MineAsync(person.Id, ct);
                if (await bookings.CurrentAsync(person.Id, ct) is { } current)
                    await bookings.AdjustmentDecidedAsync(current, ct);
                await bookings.KeepsKnowledgeAsync(person.Id, ct);
                var (attempt, problem) = await services
                    .GetRequiredService<SittingStart>()
                    .StartBookedAsync(person.Id, booking.Id, ct);
                if (attempt is null)
                {
                    log.LogInformation("Warm-up could not start {Blueprint}: {Problem}", blueprint.Name, problem);
                    continue;
                }
                db.ChangeTracker.Clear();
                var loaded = await sittings.LoadAsync(attempt.Id, person.Id, ct);
                var answers = services.GetRequiredService<AnswerRecorder>();
                if (loaded is not null && await answers.QuestionAsync(loaded, 1, ct) is not null)
                    await answers.OptionsAsync(loaded.Items[0], ct);
                starts++;
            }
        }
        finally
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
        return starts;
    }

    /// <summary>The shared layout and the sign-in page through this instance's own listener (not under a test host,
    /// which has none): Razor's first render of the layout and antiforgery's first token.</summary>
    async Task WarmPagesAsync(CancellationToken ct)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            var started = new TaskCompletionSource();
            using var _ = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            await started.Task.WaitAsync(ct);
        }
        var address = server
            .Features.Get<IServerAddressesFeature>()
            ?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (address is null)
            return;
        var local = new UriBuilder(address);
        if (local.Host is "+" or "*" or "0.0.0.0" or "[::]")
            local.Host = "localhost";
        using var http = new HttpClient { BaseAddress = local.Uri, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var page in new[] { "/", AccountLinks.SignIn() })
        {
            try
            {
                using var res = await http.GetAsync(page, ct);
                await res.Content.ReadAsByteArrayAsync(ct);
            }
            catch (HttpRequestException e)
            {
                // Under a test host the address is configured but nothing listens there.
                log.LogInformation("Warm-up could not fetch {Page}: {Message}", page, e.Message);
                return;
            }
        }
    }
}

/// <summary>Readiness waits for the warm-up (<see cref="StartWarmup"/>): a load balancer sends a fresh instance no
/// one until it has run a test start once. Degraded, which readiness answers with 503 like Unhealthy, so that the
/// health service logs the wait as a warning, not as an error.</summary>
public sealed class StartWarmupCheck(StartWarmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(warmup.Finished ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("Warming up"));
}
