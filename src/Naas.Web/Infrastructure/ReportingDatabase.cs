using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Npgsql;

namespace Naas.Web.Infrastructure;

/// <summary>Where reports read from: a PostgreSQL streaming replica when <c>ConnectionStrings:NaasReports</c> is set,
/// so that a national report or an employer's summary never competes with candidates' saves on the primary, and the
/// primary otherwise (ADR 0028). The replica is a convenience, never a dependency: a read that finds it out of reach
/// is answered from the primary at once, and the replica is left alone for <c>Reports:ReplicaRetrySeconds</c> (30)
/// before it is tried again, so while it is gone every report is served as before, only from the primary.</summary>
public sealed class ReportReplica
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _retry;
    private long _downUntilTicks;

    public ReportReplica(IConfiguration config, TimeProvider clock)
    {
        _clock = clock;
        _retry = TimeSpan.FromSeconds(config.GetValue("Reports:ReplicaRetrySeconds", 30));
        var connection = config.GetConnectionString("NaasReports");
        if (string.IsNullOrWhiteSpace(connection))
            return;
        // A replica that does not answer must not hold a report for Npgsql's default 15 s before the primary is asked.
        var builder = new NpgsqlConnectionStringBuilder(connection);
        builder.Timeout = Math.Min(builder.Timeout, config.GetValue("Reports:ReplicaConnectSeconds", 3));
        ConnectionString = builder.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresNaasDbContext>();
        options.UseNaasPostgres(ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        Options = options.Options;
    }

    /// <summary>The replica's connection string (with its connect timeout), or null when none is configured.</summary>
    public string? ConnectionString { get; }

    internal DbContextOptions<PostgresNaasDbContext>? Options { get; }

    /// <summary>Whether reads should go to the replica now: one is configured and it has not failed lately.</summary>
    public bool InUse => Options is not null && _clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _downUntilTicks);

    internal void Failed()
    {
        Interlocked.Exchange(ref _downUntilTicks, (_clock.GetUtcNow() + _retry).UtcTicks);
        // Every pooled connection to it is as dead as the one that failed.
        using var probe = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(probe);
    }
}

/// <summary>A request's way to read a report: <see cref="ReadAsync{T}"/> runs the read on the replica when it is in
/// use, and on the primary when it is not or when the replica fails during the read (reads are safe to repeat). The
/// caller's scope (organisation and role) applies on either, as on every query.</summary>
public sealed class ReportingDatabase(
    NaasDbContext primary,
    ReportReplica replica,
    ICallerScopeSource scope,
    ILogger<ReportingDatabase> log
)
{
    public async Task<T> ReadAsync<T>(Func<NaasDbContext, Task<T>> read, CancellationToken ct)
    {
        if (replica.InUse)
        {
            await using var db = new PostgresNaasDbContext(replica.Options!, scope);
            try
            {
                return await read(db);
            }
            catch (Exception e) when (DatabaseUnavailable.Is(e) && !ct.IsCancellationRequested)
            {
                replica.Failed();
                NaasMetrics.ReportReplicaFallbacks.Add(1);
                log.LogWarning(e, "The reports replica could not be reached; reading from the primary");
            }
            catch (Exception e) when (DatabaseUnavailable.IsBusy(e) && !ct.IsCancellationRequested)
            {
                // A standby cancels a query that conflicts with what it is replaying (SQLSTATE 40001); the replica is
                // fine, so it stays in use, and this read is answered by the primary.
                NaasMetrics.ReportReplicaFallbacks.Add(1);
                log.LogInformation(e, "A report read was cancelled on the replica; reading from the primary");
            }
        }
        return await read(primary);
    }
}
