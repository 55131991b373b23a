using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Naas.Web.Features.KnowledgeTest;

namespace Naas.Web.Tests.KnowledgeTest;

public sealed class WarmNaasFactory : NaasFactory
{
    protected override bool WarmUp => true;
}

public sealed class WarmSqliteNaasFactory : NaasFactory
{
    protected override string Provider => "Sqlite";
    protected override bool WarmUp => true;
}

/// <summary>Issue 17, item 4 (the start storm): a fresh instance runs a real booked start of each live test before
/// readiness lets anyone in, and leaves nothing of it behind: no candidate, endorsement, window, booking, sitting or
/// audit record, no exposure counted and no question marked as first used.</summary>
public abstract class StartWarmupTests(NaasFactory app)
{
    static async Task<string> FootprintAsync(Naas.Data.NaasDbContext db) =>
        string.Join(
            " ",
            await db.SocialWorkers.CountAsync(),
            await db.Endorsements.CountAsync(),
            await db.TestWindows.CountAsync(),
            await db.TestBookings.CountAsync(),
            await db.KnowledgeAttempts.CountAsync(),
            await db.AuditEvents.CountAsync(),
            await db.KnowledgeItems.SumAsync(i => i.TimesShown),
            await db.KnowledgeItemVersions.CountAsync(v => v.FirstUsedAt != null),
            await db.KnowledgeCases.CountAsync(c => c.FirstUsedAt != null)
        );

    [Fact]
    public async Task A_fresh_instance_is_ready_only_after_a_rolled_back_start_of_every_live_test()
    {
        var anyone = app.Browser();
        var warmup = app.Services.GetRequiredService<StartWarmup>();
        for (var i = 0; i < 600 && !warmup.Finished; i++)
            await Task.Delay(100);
        Assert.True(warmup.Finished);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/ready")).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Naas.Data.NaasDbContext>();
        var live = await db.KnowledgeBlueprints.CountAsync(b => !b.IsPractice && !b.Retired);
        Assert.True(live > 0, "the demo data has a live real test");
        Assert.Equal(live, warmup.StartsWarmed);
        Assert.False(await db.SocialWorkers.AnyAsync(p => p.RegistrationNumber.StartsWith("WARMUP")));

        // Run again with the counts taken before and after: the same, to the last audit record and exposure count.
        var before = await FootprintAsync(db);
        Assert.Equal(live, await warmup.WarmStartsAsync(CancellationToken.None));
        Assert.Equal(before, await FootprintAsync(db));
    }

    [Fact]
    public async Task Readiness_says_no_while_warming()
    {
        var checks =
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>();
        Assert.Contains(checks.Value.Registrations, r => r.Name == "warm-up" && r.Tags.Contains("ready"));
        var check = new StartWarmupCheck(
            ActivatorUtilities.CreateInstance<StartWarmup>(app.Services) // never started
        );
        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, result.Status); // which /health/ready answers with 503
    }
}

public sealed class PostgresStartWarmupTests(WarmNaasFactory app)
    : StartWarmupTests(app),
        IClassFixture<WarmNaasFactory>;

public sealed class SqliteStartWarmupTests(WarmSqliteNaasFactory app)
    : StartWarmupTests(app),
        IClassFixture<WarmSqliteNaasFactory>;
