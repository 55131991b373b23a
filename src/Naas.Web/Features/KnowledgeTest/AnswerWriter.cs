using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>One answer to store, and who is waiting to hear whether it landed.</summary>
internal sealed record PendingAnswer(
    Guid AttemptId,
    int Position,
    string Response,
    bool Flagged,
    DateTimeOffset SavedAt
)
{
    public TaskCompletionSource<bool> Landed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Autosaves on PostgreSQL, written in groups: saves that arrive while a write is in flight go together in the next
/// statement and commit. Each caller still waits for its own save to be committed, so an answer is durable before
/// the candidate is told it was saved; what changes is that one commit (the disk flush, the round trip, the
/// statement's planning) serves many candidates instead of one. At low load a group is one save and nothing waits.
/// A save lands only while its sitting is open and its time, computed in the database from the stored start, has
/// not run out; the caller is told which did not land and takes the ordinary way (which ends a timed-out sitting).
/// See ADR 0013.
/// </summary>
public sealed class AnswerWriter : IHostedService, IAsyncDisposable
{
    // The sitting's guard is the one the single-row save used: open, not on a break, time not run out. The saves
    // are sorted by (sitting, question) so that two groups in flight at once always take row locks in one order
    // and can never deadlock; a group never holds the same (sitting, question) twice (the later save wins).
    // FOR SHARE closes the race with a submission (issue 17): the submission locks the sitting FOR UPDATE before it
    // reads the answers, so a save either commits first (and the submission, waiting for its lock, reads it) or waits
    // for the submission, finds the sitting ended when it looks again, and is told it was not saved.
    private const string Sql = """
        INSERT INTO "KnowledgeAnswers" ("Id", "AttemptId", "Position", "Response", "Flagged", "SavedAt")
        SELECT s.id, s.attempt, s.position, s.response, s.flagged, s.saved_at
        FROM unnest($1::uuid[], $2::uuid[], $3::integer[], $4::text[], $5::boolean[], $6::timestamptz[])
            AS s(id, attempt, position, response, flagged, saved_at)
        WHERE EXISTS (SELECT 1 FROM "KnowledgeAttempts" a WHERE a."Id" = s.attempt AND a."SubmittedAt" IS NULL AND a."BreakStartedAt" IS NULL
            AND a."StartedAt" + make_interval(secs => a."AllowedSeconds" + a."PausedSeconds") > s.saved_at
            FOR SHARE OF a)
        ORDER BY s.attempt, s.position
        ON CONFLICT ("AttemptId", "Position") DO UPDATE
            SET "Response" = EXCLUDED."Response", "Flagged" = EXCLUDED."Flagged", "SavedAt" = EXCLUDED."SavedAt"
        RETURNING "AttemptId", "Position"
        """;

    private readonly Channel<PendingAnswer> queue = Channel.CreateUnbounded<PendingAnswer>();
    private readonly NpgsqlDataSource source;
    private readonly int writers;
    private readonly int maxGroup;
    private readonly ILogger<AnswerWriter> log;
    private volatile Task[] loops = [];

    public AnswerWriter(string connectionString, int writers, int maxGroup, ILogger<AnswerWriter> log)
    {
        // With no writer nothing would ever be written and every autosave would wait for ever: refuse to start instead.
        if (writers < 1)
            throw new InvalidOperationException($"Autosave:Writers is {writers}; it must be at least 1.");
        if (maxGroup < 1)
            throw new InvalidOperationException($"Autosave:MaxGroup is {maxGroup}; it must be at least 1.");
        // Its own small pool: only this statement runs on it, so connections need no reset between uses and keep the
        // statement prepared.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = writers,
            NoResetOnClose = true,
            MaxAutoPrepare = 4,
            AutoPrepareMinUsages = 1,
            ApplicationName = "naas-autosave",
        };
        source = NpgsqlDataSource.Create(builder.ConnectionString);
        (this.writers, this.maxGroup, this.log) = (writers, maxGroup, log);
    }

    /// <summary>Queues the save and completes once it is committed: true if it landed, false if the sitting's guard
    /// refused it (ended, on a break, out of time, or no such sitting).</summary>
    public Task<bool> SaveAsync(Guid attemptId, int position, string response, bool flagged, DateTimeOffset savedAt)
    {
        var save = new PendingAnswer(attemptId, position, response, flagged, savedAt);
        Start();
        if (!queue.Writer.TryWrite(save))
            throw new InvalidOperationException("The service is stopping; the answer was not saved.");
        return save.Landed.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    /// <summary>Starts the writing loops once (with the host, or at the first save if a host never started
    /// it).</summary>
    private void Start()
    {
        if (loops.Length > 0)
            return;
        lock (queue)
            if (loops.Length == 0)
                loops = Enumerable
                    .Range(0, writers)
                    .Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None))
                    .ToArray();
    }

    /// <summary>Stops taking saves and finishes the ones already queued.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(loops).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(loops);
        await source.DisposeAsync();
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<PendingAnswer>(maxGroup);
        while (await queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < maxGroup && queue.Reader.TryRead(out var save))
                group.Add(save);
            if (group.Count == 0)
                continue;
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var landed = await WriteAsync(group);
                Infrastructure.NaasMetrics.AutosaveGroupSize.Record(group.Count);
                Infrastructure.NaasMetrics.AutosaveCommitTime.Record(
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds
                );
                foreach (var save in group)
                    save.Landed.TrySetResult(landed.Contains((save.AttemptId, save.Position)));
            }
            catch (Exception e) when (group.Count > 1 && !Infrastructure.DatabaseUnavailable.Is(e))
            {
                // One bad save must not fail the others: write each alone, each with its own outcome.
                log.LogWarning(e, "A group of {Count} autosaves failed; writing them one by one", group.Count);
                foreach (var save in group)
                {
                    try
                    {
                        save.Landed.TrySetResult((await WriteAsync([save])).Count == 1);
                    }
                    catch (Exception one)
                    {
                        Infrastructure.NaasMetrics.AutosaveFailures.Add(1);
                        save.Landed.TrySetException(one);
                    }
                }
            }
            catch (Exception e)
            {
                // The database out of reach (restarting, failing over): every idle connection in the pool is as
                // broken as the one that failed, so they go at once rather than failing one save each.
                if (Infrastructure.DatabaseUnavailable.Is(e))
                    source.Clear();
                Infrastructure.NaasMetrics.AutosaveFailures.Add(group.Count);
                foreach (var save in group)
                    save.Landed.TrySetException(e);
            }
        }
    }

    /// <summary>Writes one group in one statement (its own transaction) and returns the (sitting, question) pairs that
    /// landed.</summary>
    private async Task<HashSet<(Guid, int)>> WriteAsync(List<PendingAnswer> group)
    {
        // The latest save for each (sitting, question) in the group, in lock order.
        var rows = group
            .GroupBy(s => (s.AttemptId, s.Position))
            .Select(g => g.Last())
            .OrderBy(s => s.AttemptId)
            .ThenBy(s => s.Position)
            .ToList();
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(Sql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid,
                    TypedValue = rows.Select(_ => Guid.CreateVersion7()).ToArray(),
                },
                new NpgsqlParameter<Guid[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid,
                    TypedValue = rows.Select(s => s.AttemptId).ToArray(),
                },
                new NpgsqlParameter<int[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer,
                    TypedValue = rows.Select(s => s.Position).ToArray(),
                },
                new NpgsqlParameter<string[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
                    TypedValue = rows.Select(s => s.Response).ToArray(),
                },
                new NpgsqlParameter<bool[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean,
                    TypedValue = rows.Select(s => s.Flagged).ToArray(),
                },
                new NpgsqlParameter<DateTimeOffset[]>
                {
                    NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
                    TypedValue = rows.Select(s => s.SavedAt.ToUniversalTime()).ToArray(),
                },
            },
        };
        var landed = new HashSet<(Guid, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            landed.Add((reader.GetGuid(0), reader.GetInt32(1)));
        return landed;
    }
}
