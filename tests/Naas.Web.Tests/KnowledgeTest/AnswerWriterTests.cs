using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Naas.Data.Entities;
using Naas.Web.Features.KnowledgeTest;
using Npgsql;

namespace Naas.Web.Tests.KnowledgeTest;

/// <summary>Autosaves written in groups (ADR 0013), on PostgreSQL: every save is committed before its caller hears
/// that it landed, each is held to its own sitting's guard (open, not on a break, time not run out: ¶36–40, issue 3
/// "at time-out the test ends with what was saved"), and one save the database refuses loses none of the others.
/// Grouping is made certain by holding a row lock that the writer's first statement waits on, so that everything
/// queued meanwhile goes in the next group together.</summary>
public class AnswerWriterTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static int people;

    /// <summary>Sittings of the practice test, each for a new person, started at the factory's clock unless shaped
    /// otherwise.</summary>
    private async Task<List<Guid>> SittingsAsync(int count, Action<KnowledgeAttempt>? shape = null)
    {
        await using var db = app.Db();
        var practice = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var sittings = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var n = Interlocked.Increment(ref people);
            var person = new SocialWorker
            {
                GivenName = "Writer",
                FamilyName = $"Test {n}",
                RegistrationNumber = $"SW7{n:000000}",
                Email = $"writer{n}@test.example",
            };
            var attempt = new KnowledgeAttempt
            {
                SocialWorkerId = person.Id,
                BlueprintId = practice,
                ItemVersionIds = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())],
                StartedAt = app.Clock.GetUtcNow(),
                AllowedSeconds = 900,
                PassMark = 3,
            };
            shape?.Invoke(attempt);
            db.SocialWorkers.Add(person);
            db.KnowledgeAttempts.Add(attempt);
            sittings.Add(attempt.Id);
        }
        db.Record(
            new ArrangedOutsideTheService("Test", null, "Seeded", $"{count} sittings for the answer writer's tests")
        );
        await db.SaveChangesAsync();
        return sittings;
    }

    private AnswerWriter Writer() =>
        new(app.ConnectionString, writers: 1, maxGroup: 64, NullLogger<AnswerWriter>.Instance);

    /// <summary>Saves the first answer of a sitting, then holds its row locked from another connection and sends a
    /// second save to it, which the writer's next statement waits on; returns once the writer is seen
    /// waiting.</summary>
    private async Task<(NpgsqlConnection Lock, Task<bool> Waiting)> HoldTheWriterAsync(
        AnswerWriter writer,
        Guid sitting
    )
    {
        Assert.True(await writer.SaveAsync(sitting, 1, "before", false, app.Clock.GetUtcNow()));
        var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await new NpgsqlCommand(
            $"BEGIN; SELECT 1 FROM \"KnowledgeAnswers\" WHERE \"AttemptId\" = '{sitting}' AND \"Position\" = 1 FOR UPDATE",
            conn
        ).ExecuteNonQueryAsync();
        var waiting = writer.SaveAsync(sitting, 1, "held", false, app.Clock.GetUtcNow());
        for (var tries = 0; ; tries++)
        {
            var blocked = await new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'naas-autosave' AND wait_event_type = 'Lock'",
                conn
            ).ExecuteScalarAsync();
            if ((long)blocked! == 1)
                break;
            Assert.True(tries < 200, "The writer never waited on the held row");
            await Task.Delay(25);
        }
        return (conn, waiting);
    }

    private static async Task ReleaseAsync(NpgsqlConnection conn)
    {
        await new NpgsqlCommand("COMMIT", conn).ExecuteNonQueryAsync();
        await conn.DisposeAsync();
    }

    [Fact]
    public async Task Saves_written_together_each_land_only_while_their_own_sitting_is_open_and_in_time()
    {
        var open = await SittingsAsync(12);
        var submitted = (await SittingsAsync(1, a => a.SubmittedAt = app.Clock.GetUtcNow()))[0];
        var onBreak = (
            await SittingsAsync(
                1,
                a =>
                {
                    a.RestBreaksAllowed = true;
                    a.BreakStartedAt = app.Clock.GetUtcNow();
                }
            )
        )[0];
        var outOfTime = (await SittingsAsync(1, a => a.StartedAt = app.Clock.GetUtcNow().AddMinutes(-16)))[0];
        var paused = (
            await SittingsAsync(
                1,
                a =>
                {
                    a.StartedAt = app.Clock.GetUtcNow().AddMinutes(-16);
                    a.PausedSeconds = 120;
                }
            )
        )[0]; // a break stopped the clock

        await using var writer = Writer();
        var (held, waiting) = await HoldTheWriterAsync(writer, open[0]);
        var now = app.Clock.GetUtcNow();
        var saves = open.Skip(1)
            .SelectMany(s =>
                Enumerable
                    .Range(1, 3)
                    .Select(p => (Sitting: s, Position: p, Save: writer.SaveAsync(s, p, $"answer {p}", p == 2, now)))
            )
            .ToList();
        var refused = new[] { submitted, onBreak, outOfTime }
            .Select(s => writer.SaveAsync(s, 1, "too late", false, now))
            .ToList();
        var inTime = writer.SaveAsync(paused, 1, "in time", false, now);
        Assert.DoesNotContain(saves, s => s.Save.IsCompleted); // nothing is reported saved before its commit
        await ReleaseAsync(held);

        Assert.True(await waiting);
        Assert.All(await Task.WhenAll(saves.Select(s => s.Save)), Assert.True);
        Assert.All(await Task.WhenAll(refused), Assert.False);
        Assert.True(await inTime);
        await using var db = app.Db();
        var stored = await db
            .KnowledgeAnswers.Where(a =>
                open.Contains(a.AttemptId)
                || a.AttemptId == paused
                || a.AttemptId == submitted
                || a.AttemptId == onBreak
                || a.AttemptId == outOfTime
            )
            .ToListAsync();
        Assert.Equal(33 + 1 + 1, stored.Count); // 11 sittings × 3, the held sitting's one question, the paused sitting's
        Assert.DoesNotContain(
            stored,
            a => a.AttemptId == submitted || a.AttemptId == onBreak || a.AttemptId == outOfTime
        );
        Assert.Equal("held", stored.Single(a => a.AttemptId == open[0]).Response);
        Assert.All(
            stored.Where(a => open.Skip(1).Contains(a.AttemptId)),
            a =>
            {
                Assert.Equal($"answer {a.Position}", a.Response);
                Assert.Equal(a.Position == 2, a.Flagged);
            }
        );
    }

    [Fact]
    public async Task Two_saves_to_one_question_in_one_group_both_land_and_the_later_is_kept()
    {
        var sittings = await SittingsAsync(2);
        await using var writer = Writer();
        var (held, waiting) = await HoldTheWriterAsync(writer, sittings[0]);
        var first = writer.SaveAsync(sittings[1], 4, "Option A", false, app.Clock.GetUtcNow());
        var second = writer.SaveAsync(sittings[1], 4, "Option B", true, app.Clock.GetUtcNow());
        await ReleaseAsync(held);
        Assert.True(await waiting);
        Assert.True(await first);
        Assert.True(await second);
        await using var db = app.Db();
        var answer = await db.KnowledgeAnswers.SingleAsync(a => a.AttemptId == sittings[1] && a.Position == 4);
        Assert.Equal(("Option B", true), (answer.Response, answer.Flagged));
    }

    [Fact]
    public async Task A_save_the_database_refuses_fails_alone_and_the_rest_of_its_group_are_kept()
    {
        var sittings = await SittingsAsync(6);
        await using var writer = Writer();
        var (held, waiting) = await HoldTheWriterAsync(writer, sittings[0]);
        var good = sittings.Skip(1).Select(s => writer.SaveAsync(s, 2, "kept", false, app.Clock.GetUtcNow())).ToList();
        var tooLong = writer.SaveAsync(sittings[1], 3, new string('x', 4001), false, app.Clock.GetUtcNow()); // the column holds 4,000
        await ReleaseAsync(held);
        Assert.True(await waiting);
        Assert.All(await Task.WhenAll(good), Assert.True);
        await Assert.ThrowsAsync<PostgresException>(() => tooLong);
        await using var db = app.Db();
        Assert.Equal(
            5,
            await db.KnowledgeAnswers.CountAsync(a =>
                sittings.Contains(a.AttemptId) && a.Position == 2 && a.Response == "kept"
            )
        );
        Assert.False(await db.KnowledgeAnswers.AnyAsync(a => a.AttemptId == sittings[1] && a.Position == 3));
    }

    [Fact]
    public void A_writer_with_no_loops_or_no_room_refuses_to_start_rather_than_leave_saves_waiting()
    {
        var none = Assert.Throws<InvalidOperationException>(() =>
            new AnswerWriter(app.ConnectionString, writers: 0, maxGroup: 64, NullLogger<AnswerWriter>.Instance)
        );
        Assert.Contains("Autosave:Writers is 0", none.Message);
        var empty = Assert.Throws<InvalidOperationException>(() =>
            new AnswerWriter(app.ConnectionString, writers: 2, maxGroup: 0, NullLogger<AnswerWriter>.Instance)
        );
        Assert.Contains("Autosave:MaxGroup is 0", empty.Message);
    }

    /// <summary>Waits until some statement on the database waits for a lock. Asked on a connection of its own:
    /// inside a transaction, PostgreSQL shows the same snapshot of pg_stat_activity every time.</summary>
    private async Task UntilBlockedAsync(string what)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        for (var tries = 0; ; tries++)
        {
            var blocked = await new NpgsqlCommand(
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
                conn
            ).ExecuteScalarAsync();
            if ((long)blocked! >= 1)
                return;
            Assert.False(tries > 600, $"{what} never waited"); // 15 s: a first connection on a busy machine is slow
            await Task.Delay(25);
        }
    }

    /// <summary>The save/submit race (issue 17), the save's side: a save arriving while the sitting is being submitted
    /// (its row locked for the submission) waits, finds the sitting ended, and is told it was not saved; no answer is
    /// written after the submission read the answers.</summary>
    [Fact]
    public async Task A_save_during_a_submission_waits_and_is_refused_once_the_sitting_has_ended()
    {
        var sitting = (await SittingsAsync(1))[0];
        await using var writer = Writer();
        await writer.StartAsync(CancellationToken.None);
        await using var submission = new NpgsqlConnection(app.ConnectionString);
        await submission.OpenAsync();
        await new NpgsqlCommand(
            $"BEGIN; SELECT 1 FROM \"KnowledgeAttempts\" WHERE \"Id\" = '{sitting}' FOR UPDATE",
            submission
        ).ExecuteNonQueryAsync();
        var save = writer.SaveAsync(sitting, 2, "too late", false, app.Clock.GetUtcNow());
        await UntilBlockedAsync("The save");
        await new NpgsqlCommand(
            $"UPDATE \"KnowledgeAttempts\" SET \"SubmittedAt\" = now() WHERE \"Id\" = '{sitting}'; COMMIT",
            submission
        ).ExecuteNonQueryAsync();
        Assert.False(await save);
        await using var db = app.Db();
        Assert.False(await db.KnowledgeAnswers.AnyAsync(x => x.AttemptId == sitting));
    }

    /// <summary>The same race, the submission's side: a save still in flight when the candidate submits is waited for,
    /// and the score counts it (every save told it landed is in the result).</summary>
    [Fact]
    public async Task A_submission_waits_for_a_save_in_flight_and_counts_it()
    {
        Guid sitting;
        string right;
        await using (var db = app.Db())
        {
            var items = await db
                .KnowledgeItemVersions.Where(v =>
                    v.Status == Naas.Domain.ItemBank.ItemStatus.Live
                    && v.Type == Naas.Domain.ItemBank.ItemType.SingleBestAnswer
                )
                .OrderBy(v => v.Id)
                .Take(3)
                .ToListAsync();
            right = KnowledgeItemVersion.Lines(items[0].Key)[0];
            sitting = (await SittingsAsync(1, a => a.ItemVersionIds = [.. items.Select(v => v.Id)]))[0];
        }
        await using var save = new NpgsqlConnection(app.ConnectionString);
        await save.OpenAsync();
        // A save in flight, as the writer makes it: the sitting held FOR SHARE, the answer written, not yet committed.
        await new NpgsqlCommand(
            $"BEGIN; SELECT 1 FROM \"KnowledgeAttempts\" WHERE \"Id\" = '{sitting}' AND \"SubmittedAt\" IS NULL FOR SHARE; "
                + $"INSERT INTO \"KnowledgeAnswers\" (\"Id\", \"AttemptId\", \"Position\", \"Response\", \"Flagged\", \"SavedAt\") "
                + $"VALUES ('{Guid.CreateVersion7()}', '{sitting}', 1, '{right.Replace("'", "''")}', false, now())",
            save
        ).ExecuteNonQueryAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<SittingClock>();
        var context = scope.ServiceProvider.GetRequiredService<Naas.Data.NaasDbContext>();
        var attempt = await context.KnowledgeAttempts.IgnoreQueryFilters().SingleAsync(a => a.Id == sitting);
        var submit = clock.SubmitAsync(attempt, CancellationToken.None);
        await UntilBlockedAsync("The submission");
        Assert.False(submit.IsCompleted);
        await new NpgsqlCommand("COMMIT", save).ExecuteNonQueryAsync();
        await submit;
        await using var check = app.Db();
        var ended = await check.KnowledgeAttempts.SingleAsync(a => a.Id == sitting);
        Assert.NotNull(ended.SubmittedAt);
        Assert.Equal(1m, ended.Score);
    }

    /// <summary>Watching it run (issue 17, item 6): each group the writer commits is measured, its size and its commit
    /// time, on the service's own meter, for OpenTelemetry to export.</summary>
    [Fact]
    public async Task Each_group_written_is_measured_on_the_services_meter()
    {
        var sitting = (await SittingsAsync(1))[0];
        var sizes = new System.Collections.Concurrent.ConcurrentBag<int>();
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Naas.Web.Infrastructure.NaasMetrics.Name)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>(
            (instrument, value, _, _) =>
            {
                if (instrument.Name == "naas.autosave.group.size")
                    sizes.Add(value);
            }
        );
        listener.SetMeasurementEventCallback<double>(
            (instrument, value, _, _) =>
            {
                if (instrument.Name == "naas.autosave.commit.duration")
                    times.Add(value);
            }
        );
        listener.Start();
        await using var writer = Writer();
        await writer.StartAsync(CancellationToken.None);
        Assert.True(await writer.SaveAsync(sitting, 1, "measured", false, app.Clock.GetUtcNow()));
        Assert.Contains(sizes, s => s >= 1);
        Assert.Contains(times, t => t > 0);
    }
}
