using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Infrastructure;

/// <summary>Server-side state for a multi-page journey, per user and organisation, so a user can leave and come
/// back and nothing they typed is lost between pages.</summary>
public static class Journeys
{
    public static async Task<T?> LoadJourneyAsync<T>(
        this NaasDbContext db,
        string kind,
        Guid userId,
        CancellationToken ct
    )
        where T : class
    {
        var row = await db
            .JourneyStates.AsNoTracking()
            .Where(j => j.Kind == kind && j.UserId == userId && j.OrganisationId == db.Scope.OrganisationId)
            .OrderByDescending(j => j.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : JsonSerializer.Deserialize<T>(row.Payload);
    }

    public static async Task SaveJourneyAsync<T>(
        this NaasDbContext db,
        string kind,
        Guid userId,
        T state,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var row = await db
            .JourneyStates.Where(j =>
                j.Kind == kind && j.UserId == userId && j.OrganisationId == db.Scope.OrganisationId
            )
            .FirstOrDefaultAsync(ct);
        if (row is null)
            db.JourneyStates.Add(
                new JourneyState
                {
                    Kind = kind,
                    UserId = userId,
                    OrganisationId = db.Scope.OrganisationId,
                    Payload = JsonSerializer.Serialize(state),
                    CreatedAt = clock.GetUtcNow(),
                }
            );
        else
            (row.Payload, row.CreatedAt) = (JsonSerializer.Serialize(state), clock.GetUtcNow()); // CreatedAt: when it was last saved, for clearing
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Journeys (an endorsement half typed, an import previewed and never confirmed) not saved for
    /// <paramref name="keep"/> are cleared: they hold what people typed, which is not kept for ever.</summary>
    public static Task<int> ClearAbandonedJourneysAsync(
        this NaasDbContext db,
        TimeProvider clock,
        TimeSpan keep,
        CancellationToken ct
    )
    {
        var before = clock.GetUtcNow() - keep;
        return db.JourneyStates.Where(j => j.CreatedAt < before).ExecuteDeleteAsync(ct);
    }

    public static async Task ClearJourneyAsync(this NaasDbContext db, string kind, Guid userId, CancellationToken ct) =>
        await db.JourneyStates.Where(j => j.Kind == kind && j.UserId == userId).ExecuteDeleteAsync(ct);
}

/// <summary>Clears abandoned journeys and import previews every hour (Journeys:KeepHours, 72 by default).</summary>
public sealed class JourneyCleaner(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration config,
    ILogger<JourneyCleaner> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var keep = TimeSpan.FromHours(config.GetValue("Journeys:KeepHours", 72));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cleared = await scope
                    .ServiceProvider.GetRequiredService<NaasDbContext>()
                    .ClearAbandonedJourneysAsync(clock, keep, stoppingToken);
                if (cleared > 0)
                    log.LogInformation("Cleared {Count} abandoned journeys and import previews", cleared);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Clearing abandoned journeys failed; trying again in an hour");
            }
            try
            {
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
