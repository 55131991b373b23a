using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.History;
using Npgsql;

// These tests write rows in the schema of an earlier migration, which only literal SQL can do; every value in it
// is a Guid or a constant that the test makes itself, never input.
#pragma warning disable EF1002

namespace Naas.Web.Tests.History;

/// <summary>The typed-events migration keeps every audit row written before it (issue 14: "existing audit rows are
/// migrated, not lost"): word for word, read back as an earlier record, and linked to the social worker its subject
/// belongs to so their timeline starts at the beginning. On both providers, from the migration before it.</summary>
public class AuditMigrationTests
{
    private const string Typed = "TypedAuditEvents";

    [Fact]
    public async Task Postgres_keeps_the_rows_written_before_typed_events_and_links_them_to_their_person()
    {
        var admin = Environment.GetEnvironmentVariable("NAAS_TEST_POSTGRES")!;
        var name = $"naas_migrate_{Guid.NewGuid():N}";
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name}", c).ExecuteNonQueryAsync();
        }
        try
        {
            var options = new DbContextOptionsBuilder<PostgresNaasDbContext>()
                .UseNpgsql(
                    new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString
                )
                .Options;
            await using var db = new PostgresNaasDbContext(options, new FixedCallerScope(CallerScope.System));
            await CheckAsync(db, "'2025-06-01 09:00:00+00'", g => g.ToString());
            await CheckRetakeElementsAsync(db, "'2025-06-01 09:00:00+00'", g => g.ToString());
            await CheckKnowledgeListsAsync(db, "'2025-06-01 09:00:00+00'", g => g.ToString());
            await CheckItemPoolsAsync(db, "'2025-06-01 09:00:00+00'", g => g.ToString());
        }
        finally
        {
            await using var c = new NpgsqlConnection(admin);
            await c.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c).ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Sqlite_keeps_the_rows_written_before_typed_events_and_links_them_to_their_person()
    {
        var file = Path.Combine(Path.GetTempPath(), $"naas_migrate_{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteNaasDbContext>()
                .UseSqlite($"Data Source={file};Pooling=False")
                .Options;
            await using var db = new SqliteNaasDbContext(options, new FixedCallerScope(CallerScope.System));
            // SQLite keeps a DateTimeOffset as the sortable number EF's binary converter makes of it.
            var at =
                new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(
                    new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero)
                );
            // and a Guid as upper-case text, as EF writes it.
            await CheckAsync(db, at!.ToString()!, g => g.ToString().ToUpperInvariant());
            await CheckRetakeElementsAsync(db, at.ToString()!, g => g.ToString().ToUpperInvariant());
            await CheckKnowledgeListsAsync(db, at.ToString()!, g => g.ToString().ToUpperInvariant());
            await CheckItemPoolsAsync(db, at.ToString()!, g => g.ToString().ToUpperInvariant());
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A retake's elements were stored as "|Knowledge|Written|"; after RetakeElementsAsList they are a list
    /// (an array on PostgreSQL, JSON on SQLite) with the same elements, a whole assessment's still null, and the
    /// query a booking asks ("does this retake include the knowledge test?") still answers.</summary>
    private static async Task CheckRetakeElementsAsync(NaasDbContext db, string at, Func<Guid, string> id)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var list = migrations.FindIndex(m => m.EndsWith("_RetakeElementsAsList"));
        Assert.True(list > 0, "The list migration was not found");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[list - 1]);
        var person = await db.SocialWorkers.IgnoreQueryFilters().Select(p => p.Id).FirstAsync();
        var org = await db.Organisations.IgnoreQueryFilters().Select(o => o.Id).FirstAsync();
        var (two, one, all) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        string Row(Guid e, string? elements) =>
            $"""
                ('{id(e)}', '{id(person)}', '{id(
                    org
                )}', 'Practitioner', 'Completed', 'Ready', 'Audits', 'Eligible', {at}, 'Jo', {(
                    elements is null ? "NULL" : $"'{elements}'"
                )})
                """;
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO "Endorsements" ("Id", "SocialWorkerId", "OrganisationId", "Level", "State", "Judgement", "Evidence", "EligibilityAtEndorsement", "EndorsedAt", "EndorsedBy", "RetakeElements")
            VALUES {Row(two, "|Knowledge|Written|")}, {Row(one, "|SimulatedObservation|")}, {Row(all, null)}
            """
        );
        await migrator.MigrateAsync();
        var read = await db
            .Endorsements.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(e => e.Id == two || e.Id == one || e.Id == all)
            .ToDictionaryAsync(e => e.Id, e => e.RetakeElements);
        Assert.Equal(["Knowledge", "Written"], read[two]);
        Assert.Equal(["SimulatedObservation"], read[one]);
        Assert.Null(read[all]);
        Assert.Equal(
            [two],
            await db
                .Endorsements.IgnoreQueryFilters()
                .Where(e => (e.Id == two || e.Id == one) && e.RetakeElements!.Contains("Knowledge"))
                .Select(e => e.Id)
                .ToListAsync()
        );
    }

    /// <summary>The knowledge test's lists were delimited text: a form's item versions "a,b,c" (lower-case, as
    /// Guid.ToString wrote them), subscores and cells as lines of "section|area|...", a window's centres one per line.
    /// After KnowledgeListsAsLists each is a list with the same entries in the same order (the form's order is its
    /// question numbers), an unscored sitting has no subscores, and a question's sittings are still found by its
    /// id.</summary>
    private static async Task CheckKnowledgeListsAsync(NaasDbContext db, string at, Func<Guid, string> id)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var lists = migrations.FindIndex(m => m.EndsWith("_KnowledgeListsAsLists"));
        Assert.True(lists > 0, "The knowledge lists migration was not found");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[lists - 1]);
        var person = await db.SocialWorkers.IgnoreQueryFilters().Select(p => p.Id).FirstAsync();
        var (blueprint, window, scored, unscored) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (q1, q2, q3, area1, area2) = (
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid()
        );
        var sittings = $"""
            ('{id(scored)}', '{id(person)}', '{id(
                blueprint
            )}', 7, '{q3},{q1},{q2}', 4.5, {at}, 'Remote', 0, 3600, {at}, FALSE, 2.5, 4,
             'General|{area1}|1.5|2{"\n"}Applied|{area2}|1|2', FALSE, 0),
            ('{id(unscored)}', '{id(person)}', '{id(
                blueprint
            )}', 8, '{q2}', 4.5, {at}, 'Remote', 0, 3600, NULL, FALSE, NULL, NULL, NULL, FALSE, 0)
            """;
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO "KnowledgeBlueprints" ("Id", "Name", "Status", "IsPractice", "Minutes", "Cells", "MaxTimesShown", "PassMarkTolerance", "Retired")
            VALUES ('{id(
                blueprint
            )}', 'Old blueprint', 'Practitioner', FALSE, 60, 'General|{area1}|3{"\n"}Applied|{area2}|2', 500, 0.5, FALSE);
            INSERT INTO "TestWindows" ("Id", "BlueprintId", "Opens", "Closes", "RemoteAllowed", "Centres")
            VALUES ('{id(window)}', '{id(blueprint)}', {at}, {at}, TRUE, 'Leeds "North" centre{"\n"}Hull centre');
            INSERT INTO "KnowledgeAttempts" ("Id", "SocialWorkerId", "BlueprintId", "Seed", "ItemVersionIds", "PassMark", "StartedAt", "Location",
                "MaxBreakSeconds", "AllowedSeconds", "SubmittedAt", "TimedOut", "Score", "MaxScore", "Subscores", "RestBreaksAllowed", "PausedSeconds")
            VALUES {sittings};
            """
        );
        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        var read = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.Id == scored || a.Id == unscored)
            .ToDictionaryAsync(a => a.Id);
        Assert.Equal([q3, q1, q2], read[scored].ItemVersionIds);
        Assert.Equal(
            [new AreaSubscore("General", area1, 1.5m, 2m), new AreaSubscore("Applied", area2, 1m, 2m)],
            read[scored].Subscores
        );
        Assert.Equal([q2], read[unscored].ItemVersionIds);
        Assert.Empty(read[unscored].Subscores);
        var cells = (await db.KnowledgeBlueprints.AsNoTracking().SingleAsync(b => b.Id == blueprint)).Cells;
        Assert.Equal([new CellCount("General", area1, 3), new CellCount("Applied", area2, 2)], cells);
        Assert.Equal(
            ["Leeds \"North\" centre", "Hull centre"],
            (await db.TestWindows.AsNoTracking().SingleAsync(w => w.Id == window)).Centres
        );
        // What item statistics and key correction ask: which sittings carried this question?
        Assert.Equal(
            [scored],
            await db
                .KnowledgeAttempts.IgnoreQueryFilters()
                .Where(a => (a.Id == scored || a.Id == unscored) && a.ItemVersionIds.Contains(q1))
                .Select(a => a.Id)
                .ToListAsync()
        );
        Assert.Equal(
            2,
            await db
                .KnowledgeAttempts.IgnoreQueryFilters()
                .CountAsync(a => (a.Id == scored || a.Id == unscored) && a.ItemVersionIds.Contains(q2))
        );
    }

    /// <summary>An item's pool was stored as its number; after ItemPoolByName it is stored by its name, and the
    /// practice item is still in the practice pool (never on a real form: ADR 0016).</summary>
    private static async Task CheckItemPoolsAsync(NaasDbContext db, string at, Func<Guid, string> id)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var byName = migrations.FindIndex(m => m.EndsWith("_ItemPoolByName"));
        Assert.True(byName > 0, "The item pool migration was not found");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[byName - 1]);
        var (real, practice) = (Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO "KnowledgeItems" ("Id", "Reference", "CreatedAt", "Pool", "TimesShown")
            VALUES ('{id(real)}', 'OLD-REAL', {at}, 0, 3), ('{id(practice)}', 'OLD-PRAC', {at}, 1, 0)
            """
        );
        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        var pools = await db
            .KnowledgeItems.AsNoTracking()
            .Where(i => i.Id == real || i.Id == practice)
            .ToDictionaryAsync(i => i.Id, i => i.Pool);
        Assert.Equal(Naas.Domain.KnowledgeTest.ItemPool.Assessment, pools[real]);
        Assert.Equal(Naas.Domain.KnowledgeTest.ItemPool.Practice, pools[practice]);
        var stored = await db
            .Database.SqlQueryRaw<string>(
                $"""SELECT "Pool" AS "Value" FROM "KnowledgeItems" WHERE "Reference" = 'OLD-PRAC'"""
            )
            .SingleAsync();
        Assert.Equal("Practice", stored);
    }

    private static async Task CheckAsync(NaasDbContext db, string at, Func<Guid, string> id)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var typed = migrations.FindIndex(m => m.EndsWith("_" + Typed));
        Assert.True(typed > 0, "The typed-events migration was not found");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[typed - 1]);

        var (person, org, consent) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (own, consented, setting) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO "SocialWorkers" ("Id", "GivenName", "FamilyName", "RegistrationNumber", "Email") VALUES ('{id(
                person
            )}', 'Olu', 'Bello', 'SW700001', 'olu@example.org');
            INSERT INTO "Organisations" ("Id", "Name", "Kind", "Region", "RolloutPhase", "IsActive") VALUES ('{id(
                org
            )}', 'Old Council', 'LocalAuthority', 'London', 1, TRUE);
            INSERT INTO "ReportConsents" ("Id", "SocialWorkerId", "OrganisationId", "GivenAt") VALUES ('{id(
                consent
            )}', '{id(person)}', '{id(org)}', {at});
            INSERT INTO "AuditEvents" ("Id", "OccurredAt", "ActorName", "SubjectType", "SubjectId", "Action", "Summary", "Reason") VALUES
                ('{id(own)}', {at}, 'Old Council HR', 'SocialWorker', '{id(
                person
            )}', 'Updated', 'Updated Olu Bello: last name', NULL),
                ('{id(consented)}', {at}, 'Olu Bello', 'ReportConsent', '{id(
                consent
            )}', 'Given', 'Assessment reports shared with Old Council', NULL),
                ('{id(
                setting
            )}', {at}, 'Alex Morgan', 'PolicySetting', NULL, 'Changed', 'Months in post: 12 → 18', 'Consultation response');
            """
        );

        await migrator.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var rows = await db
            .AuditEvents.AsNoTracking()
            .Where(e => e.Id == own || e.Id == consented || e.Id == setting)
            .ToDictionaryAsync(e => e.Id);
        Assert.Equal(3, rows.Count);
        Assert.All(
            rows.Values,
            e => Assert.Equal((nameof(EarlierRecord), "{}"), (e.EventType, e.Payload.Replace(" ", "")))
        );
        Assert.Equal(("Updated Olu Bello: last name", (Guid?)person), (rows[own].Summary, rows[own].SocialWorkerId));
        Assert.Equal(
            ("Assessment reports shared with Old Council", (Guid?)person),
            (rows[consented].Summary, rows[consented].SocialWorkerId)
        );
        Assert.Equal(
            ("Months in post: 12 → 18", "Consultation response", (Guid?)null),
            (rows[setting].Summary, rows[setting].Reason, rows[setting].SocialWorkerId)
        );

        // Read back as what they were, and on the person's timeline: all of it for the programme, and for the person
        // only what they could already see on their own pages (their sharing, not an employer's edit).
        var reader = new HistoryReader(db);
        var (timeline, _) = await reader.OfPersonAsync(person, 1, default);
        Assert.Equal(
            ["Assessment reports shared with Old Council", "Updated Olu Bello: last name"],
            timeline.Select(e => e.Summary).Order()
        );
        Assert.All(timeline, e => Assert.IsType<EarlierRecord>(e.Change));
        Assert.Equal(
            ["Assessment reports shared with Old Council"],
            (await reader.OwnAsync(person, 1, default)).Entries.Select(e => e.Words)
        );
    }
}
