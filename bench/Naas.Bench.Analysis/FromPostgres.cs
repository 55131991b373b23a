using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Fairness;
using Naas.Domain.ItemBank;
using Naas.Web.Features.Fairness;
using Npgsql;
using NpgsqlTypes;

namespace Naas.Bench.Analysis;

/// <summary>The same window, read from PostgreSQL through the service's own code (issue 16: "read from PostgreSQL,
/// under 2 seconds end to end"): a throwaway database migrated and seeded by the service, then a 1,200-question bank,
/// 30,000 social workers with equality information, a closed window and a sitting each (900,000 answer rows, written
/// with COPY). Timed: the service's background run of the window's analysis (<see cref="Analyses.RunNextAsync"/>:
/// read, rescore, item statistics, Rasch, fit, forms, the DIF screen for four groupings, the stored result), and its
/// read alone; the reference is PostgreSQL reading every answer row once (<c>SELECT sum(length(...))</c>), in the
/// same run.</summary>
public static class FromPostgres
{
    public static async Task RunAsync(string admin, int candidates, int items, int bank)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Naas.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_NAAS_WEB",
            Path.Combine(root!.FullName, "src", "Naas.Web")
        );
        var database = $"naas_bench_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", conn).ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        try
        {
            await using var app = new Factory(connection);
            var window = await ArrangeAsync(app, connection, candidates, items, bank);

            var reference = await BestOfAsync(
                "reference: PostgreSQL reads every answer row once",
                async () =>
                {
                    await using var c = new NpgsqlConnection(connection);
                    await c.OpenAsync();
                    return await new NpgsqlCommand(
                        "SELECT sum(length(\"Response\")) FROM \"KnowledgeAnswers\"",
                        c
                    ).ExecuteScalarAsync();
                }
            );
            var read = await BestOfAsync(
                "the service's read and rescoring of the window",
                async () =>
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var loaded = await scope
                        .ServiceProvider.GetRequiredService<KnowledgeSittings>()
                        .LoadAsync(window.Closes, window, CancellationToken.None);
                    return $"{loaded.Sittings.Count} sittings";
                }
            );
            var whole = await BestOfAsync(
                "the whole analysis, as the background work runs it",
                async () =>
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var analyses = scope.ServiceProvider.GetRequiredService<Analyses>();
                    await analyses.RequestAsync(
                        AnalysisRun.KnowledgeTest,
                        window.Id,
                        "The bench",
                        CancellationToken.None
                    );
                    await analyses.RunNextAsync(CancellationToken.None);
                    var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
                    var run = await db
                        .AnalysisRuns.AsNoTracking()
                        .Where(r => r.WindowId == window.Id)
                        .OrderByDescending(r => r.FinishedAt)
                        .FirstAsync();
                    return run.Error ?? $"stored {run.Result!.Length / 1024} KB: {run.DataVersion}";
                }
            );
            Console.WriteLine();
            Console.WriteLine("| step | ms | ratio to reference |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine($"| reference: PostgreSQL reads every answer row once | {reference:0} | 1 |");
            Console.WriteLine($"| the service reads and rescores the window | {read:0} | {read / reference:0.0} |");
            Console.WriteLine(
                $"| analysis after the read (item statistics, Rasch, fit, forms, DIF ×4, stored) | {whole - read:0} | {(whole - read) / reference:0.0} |"
            );
            Console.WriteLine($"| **whole analysis, end to end** | **{whole:0}** | **{whole / reference:0.0}** |");
            Console.WriteLine(
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (the service, its seed and the arranging included)"
            );
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn).ExecuteNonQueryAsync();
        }
    }

    private static async Task<TestWindow> ArrangeAsync(
        Factory app,
        string connection,
        int candidates,
        int items,
        int bank
    )
    {
        var sw = Stopwatch.StartNew();
        var random = new Random(16);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var blueprint = await db.KnowledgeBlueprints.FirstAsync(b => !b.IsPractice);
        var area = await db.KnowledgeAreas.Select(a => a.Id).FirstAsync();
        var author = await db.Users.Select(u => u.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var versions = new List<KnowledgeItemVersion>();
        for (var i = 0; i < bank; i++)
        {
            var item = new KnowledgeItem { Reference = $"B-{i:00000}", CreatedAt = now };
            var v = new KnowledgeItemVersion
            {
                ItemId = item.Id,
                Status = ItemStatus.Live,
                Type = ItemType.SingleBestAnswer,
                AreaId = area,
                Setting = "Any setting",
                Stem = $"Bench question {i}",
                Options = "First\nSecond\nThird\nFourth",
                Key = "First",
                AuthorUserId = author,
                AuthorName = "Bench",
            };
            db.Add(item);
            db.Add(v);
            versions.Add(v);
        }
        var window = new TestWindow
        {
            BlueprintId = blueprint.Id,
            Opens = now.AddDays(-2),
            Closes = now.AddHours(-1),
        };
        db.Add(window);
        db.Record(new ArrangedOutsideTheService("KnowledgeItem", null, "Arranged", "The bench's bank and window"));
        await db.SaveChangesAsync();

        var difficulty = versions.Select(_ => random.NextDouble() * 4 - 2).ToArray();
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        var people = new Guid[candidates];
        await using (
            var copy = await conn.BeginBinaryImportAsync(
                "COPY \"SocialWorkers\" (\"Id\", \"GivenName\", \"FamilyName\", \"RegistrationNumber\", \"Email\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            for (var p = 0; p < candidates; p++)
            {
                people[p] = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(people[p], NpgsqlDbType.Uuid);
                await copy.WriteAsync("Bench", NpgsqlDbType.Text);
                await copy.WriteAsync($"Candidate{p}", NpgsqlDbType.Text);
                await copy.WriteAsync($"SWB{p:000000}", NpgsqlDbType.Text);
                await copy.WriteAsync($"bench{p}@example.org", NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }
        await using (
            var copy = await conn.BeginBinaryImportAsync(
                "COPY \"EqualityRecords\" (\"Id\", \"SocialWorkerId\", \"AgeBand\", \"Sex\", \"Ethnicity\", \"Disability\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            var ages = Enum.GetValues<AgeBand>();
            var sexes = Enum.GetValues<Sex>();
            var ethnicities = Enum.GetValues<Ethnicity>();
            var disabilities = Enum.GetValues<Disability>();
            foreach (var person in people)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(person, NpgsqlDbType.Uuid);
                await copy.WriteAsync(ages[random.Next(ages.Length)].ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(sexes[random.Next(sexes.Length)].ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(ethnicities[random.Next(ethnicities.Length)].ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(disabilities[random.Next(disabilities.Length)].ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        var attempts = new (Guid Id, int[] Form)[candidates];
        await using (
            var copy = await conn.BeginBinaryImportAsync(
                "COPY \"KnowledgeAttempts\" (\"Id\", \"SocialWorkerId\", \"BlueprintId\", \"Seed\", \"ItemVersionIds\", \"PassMark\", \"StartedAt\", \"Location\", \"MaxBreakSeconds\", \"AllowedSeconds\", \"SubmittedAt\", \"TimedOut\", \"PausedSeconds\", \"RestBreaksAllowed\", \"Subscores\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            for (var p = 0; p < candidates; p++)
            {
                var form = new HashSet<int>();
                while (form.Count < items)
                    form.Add(random.Next(bank));
                attempts[p] = (Guid.CreateVersion7(), form.ToArray());
                await copy.StartRowAsync();
                await copy.WriteAsync(attempts[p].Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(people[p], NpgsqlDbType.Uuid);
                await copy.WriteAsync(blueprint.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync((long)p, NpgsqlDbType.Bigint);
                await copy.WriteAsync(
                    form.Select(i => versions[i].Id).ToArray(),
                    NpgsqlDbType.Array | NpgsqlDbType.Uuid
                );
                await copy.WriteAsync(items * 0.6m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(now.AddDays(-1), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("Remote", NpgsqlDbType.Text);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(3600, NpgsqlDbType.Integer);
                await copy.WriteAsync(now.AddDays(-1).AddMinutes(50), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync("[]", NpgsqlDbType.Jsonb);
            }
            await copy.CompleteAsync();
        }
        await using (
            var copy = await conn.BeginBinaryImportAsync(
                "COPY \"KnowledgeAnswers\" (\"Id\", \"AttemptId\", \"Position\", \"Response\", \"Flagged\", \"SavedAt\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            string[] options = ["First", "Second", "Third", "Fourth"];
            foreach (var (id, form) in attempts)
            {
                var theta =
                    Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                for (var j = 0; j < form.Length; j++)
                {
                    var right = random.NextDouble() < 1 / (1 + Math.Exp(difficulty[form[j]] - theta));
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(j + 1, NpgsqlDbType.Integer);
                    await copy.WriteAsync(right ? options[0] : options[1 + random.Next(3)], NpgsqlDbType.Text);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(now.AddDays(-1), NpgsqlDbType.TimestampTz);
                }
            }
            await copy.CompleteAsync();
        }
        await new NpgsqlCommand("VACUUM ANALYZE", conn).ExecuteNonQueryAsync();
        Console.WriteLine(
            $"Arranged in PostgreSQL in {sw.Elapsed.TotalSeconds:0} s: {bank:N0} questions, {candidates:N0} sittings of {items}, {candidates * items:N0} answer rows"
        );
        return window;
    }

    private static async Task<double> BestOfAsync(string name, Func<Task<object?>> work)
    {
        await work(); // warm up (JIT, PostgreSQL's cache)
        var best = double.MaxValue;
        object? last = null;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            last = await work();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name}: best of 3 {best:0} ms ({last})");
        return best;
    }

    private sealed class Factory(string connection) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Naas", connection);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Outbox:Enabled", "false");
            builder.UseSetting("Analysis:Enabled", "false");
            builder.UseSetting("Reminders:Enabled", "false");
            builder.UseSetting("Recordings:RetentionJob", "false");
            builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "naas-bench-mail"));
        }
    }
}
