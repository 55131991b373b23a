using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

public class DatabaseTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public void The_postgres_model_has_no_changes_that_a_migration_does_not_cover()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(
            db.Database.HasPendingModelChanges(),
            "Run: dotnet ef migrations add <Name> --context PostgresNaasDbContext --output-dir Migrations/Postgres"
        );
    }

    [Fact]
    public void The_sqlite_model_has_no_changes_that_a_migration_does_not_cover()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(
            db.Database.HasPendingModelChanges(),
            "Run: dotnet ef migrations add <Name> --context SqliteNaasDbContext --output-dir Migrations/Sqlite"
        );
    }

    /// <summary>Issue 14, "enums stored as their names" and "lists stored as lists": a stored enum reads the same
    /// when its members are reordered, and no list goes back to being delimited text.</summary>
    [Fact]
    public void Every_enum_is_stored_by_its_name_and_every_list_as_a_list()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        var properties = db
            .Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => (Name: $"{e.ClrType.Name}.{p.Name}", p)))
            .ToList();
        var byNumber = properties
            .Where(x =>
                (Nullable.GetUnderlyingType(x.p.ClrType) ?? x.p.ClrType).IsEnum
                && (x.p.GetTypeMapping().Converter?.ProviderClrType ?? x.p.ClrType) != typeof(string)
            )
            .Select(x => x.Name)
            .ToList();
        Assert.True(byNumber.Count == 0, "Stored as numbers: " + string.Join(", ", byNumber));
        var lists = properties
            .Where(x => x.p.ClrType.IsGenericType && x.p.ClrType.GetGenericTypeDefinition() == typeof(List<>))
            .ToList();
        Assert.Contains(lists, x => x.Name == "KnowledgeAttempt.ItemVersionIds");
        Assert.All(lists, x => Assert.EndsWith("[]", x.p.GetColumnType()));
        var json = db
            .Model.GetEntityTypes()
            .SelectMany(e =>
                e.GetComplexProperties()
                    .Select(c =>
                        $"{e.ClrType.Name}.{c.Name}:{db.Model.GetRelationalModel().FindTable(e.GetTableName()!, null)!.FindColumn(c.ComplexType.GetContainerColumnName()!)!.StoreType}"
                    )
            )
            .Order()
            .ToList();
        Assert.Equal(
            [
                "KnowledgeAttempt.Subscores:jsonb",
                "KnowledgeBlueprint.Cells:jsonb",
                "ObservationSheet.Ratings:jsonb",
                "ScenarioVersion.Criteria:jsonb",
            ],
            json
        );
    }

    [Fact]
    public async Task Postgres_is_migrated_and_seeded_with_the_phase_one_authorities_para46()
    {
        await using var db = app.Db();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var phaseOne = await db.Organisations.Where(o => o.RolloutPhase == 1).Select(o => o.Name).ToListAsync();
        Assert.Equal(ReferenceData.PartnersInPractice.Length + ReferenceData.GreaterManchester.Length, phaseOne.Count);
        Assert.Contains("Tri-borough", phaseOne);
        var triborough = await db.Organisations.SingleAsync(o => o.Name == "Tri-borough");
        Assert.Contains("Westminster City Council", triborough.Members);
        Assert.Equal(
            10,
            await db.KnowledgeAreas.CountAsync(a =>
                db.Statuses.Any(s => s.Id == a.StatusId && s.Level == Naas.Domain.Workforce.StatusLevel.Practitioner)
            )
        );
    }

    [Fact]
    public async Task A_setting_added_after_a_database_was_seeded_is_filled_in_at_its_default_on_start()
    {
        const string key = "MovedFromOutsideEnglandPutForwardMonths.Leader";
        await using (var db = app.Db())
            await db.PolicySettings.Where(s => s.Key == key).ExecuteDeleteAsync(); // as if the setting were new
        await using (var db = app.Db())
            await ReferenceData.EnsureAsync(db, app.Clock);
        await using var after = app.Db();
        Assert.Equal(12, (await after.PolicySettings.SingleAsync(s => s.Key == key)).Value);
        Assert.True(
            await after.AuditEvents.AnyAsync(a =>
                a.SubjectType == "PolicySetting"
                && a.Action == "Added"
                && a.Summary.Contains("practice leader should be put forward = 12")
            )
        );
    }

    [Fact]
    public async Task A_change_to_an_audited_record_without_an_audit_record_is_refused()
    {
        await using var db = app.Db();
        var person = await db.SocialWorkers.FirstAsync();
        person.Phone = "01632 960 001";
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("audit record", e.Message);
    }

    [Fact]
    public async Task An_audit_record_is_saved_in_the_same_transaction_as_the_change_and_not_without_it()
    {
        await using var db = app.Db();
        var before = await db.AuditEvents.CountAsync();
        var people = await db.SocialWorkers.OrderBy(p => p.Id).Take(2).ToListAsync();
        people[0].RegistrationNumber = people[1].RegistrationNumber; // violates the unique index: the save fails
        db.Record(
            new ArrangedOutsideTheService("SocialWorker", people[0].Id, "Updated", "Should roll back with the change")
        );
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var fresh = app.Db();
        Assert.Equal(before, await fresh.AuditEvents.CountAsync());
    }
}

/// <summary>The embedded default: SQLite, created, migrated and seeded on first start.</summary>
public class SqliteDefaultTests(SqliteNaasFactory app) : IClassFixture<SqliteNaasFactory>
{
    [Fact]
    public async Task The_sqlite_default_starts_migrated_with_demo_sign_ins_that_work()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        var page = await client.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Contains("Amara Okafor", page);
        Assert.Contains("Leeds City Council", page);
    }

    [Fact]
    public async Task On_the_sqlite_default_an_autosave_is_saved_the_ordinary_way()
    {
        // No group writer on SQLite: the autosave endpoint falls back to the test service's own save.
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        Guid practice;
        await using (var db = app.Db())
            practice = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await client.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={practice}",
            [],
            KnowledgeTestLinks.Me()
        );
        var attempt = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
        var saved = await client.PostFormAsync(
            KnowledgeTestLinks.MeAutosave(attempt, 2),
            Http.F(("o", "0"), ("flag", "true")),
            KnowledgeTestLinks.MeQuestion(attempt, 2)
        );
        Assert.Equal(System.Net.HttpStatusCode.NoContent, saved.StatusCode);
        await using var check = app.Db();
        var answer = await check.KnowledgeAnswers.SingleAsync(a => a.AttemptId == attempt && a.Position == 2);
        Assert.True(answer.Flagged);
        Assert.NotEmpty(answer.Response);
    }
}
