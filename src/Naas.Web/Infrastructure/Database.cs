using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;

namespace Naas.Web.Infrastructure;

/// <summary>The signed-in user's scope within a request; outside a request (start-up, background jobs), the
/// system's.</summary>
public sealed class HttpCallerScope(IHttpContextAccessor http) : ICallerScopeSource
{
    public CallerScope Current => http.HttpContext is { } context ? context.User.ToScope() : CallerScope.System;
}

public static class Database
{
    /// <summary>PostgreSQL as the service uses it, for the primary and the reports replica alike. One statement per
    /// query, as EF Core does by default, said outright: a query that includes two collections then reads one
    /// consistent snapshot, and EF no longer warns at every such query.</summary>
    public static DbContextOptionsBuilder UseNaasPostgres(this DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));

    /// <summary>SQLite (a file under App_Data) unless Database:Provider says Postgres.</summary>
    public static void AddNaasDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connection = builder.Configuration.GetConnectionString("Naas");
        builder.Services.AddScoped<ICallerScopeSource, HttpCallerScope>();
        // Reports read from a streaming replica when one is configured (ConnectionStrings:NaasReports), else here.
        builder.Services.AddSingleton<ReportReplica>();
        builder.Services.AddScoped<ReportingDatabase>();
        if (
            !provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("NaasReports"))
        )
            throw new InvalidOperationException(
                "ConnectionStrings:NaasReports names a PostgreSQL replica, but Database:Provider is not Postgres."
            );
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Naas is not set."
                );
            // The options depend on nothing per request, so they are built once rather than for every request's
            // context.
            builder.Services.AddDbContext<NaasDbContext, PostgresNaasDbContext>(
                o => o.UseNaasPostgres(connection),
                optionsLifetime: ServiceLifetime.Singleton
            );
            // Autosaves are written in groups, each commit serving every save that arrived while the last was in flight
            // (ADR 0013). Writers: connections writing at once; MaxGroup: most saves in one statement.
            builder.Services.AddSingleton(sp => new Features.KnowledgeTest.AnswerWriter(
                connection,
                builder.Configuration.GetValue("Autosave:Writers", 8),
                builder.Configuration.GetValue("Autosave:MaxGroup", 64),
                sp.GetRequiredService<ILogger<Features.KnowledgeTest.AnswerWriter>>()
            ));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<Features.KnowledgeTest.AnswerWriter>());
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connection = $"Data Source={Path.Combine(folder, "naas.db")}";
            }
            builder.Services.AddDbContext<NaasDbContext, SqliteNaasDbContext>(
                // SQLite can change a table's shape only by rebuilding it, with foreign keys off, and SQLite honours
                // that PRAGMA only outside a transaction; EF Core warns at every such migration on a fresh database.
                // The embedded database is the demo and development default, made from its seed: a migration cut
                // off half-way is undone by deleting the file, so the warning says nothing to act on here. PostgreSQL
                // migrations run in transactions and keep every warning.
                o =>
                    o.UseSqlite(connection, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                        .ConfigureWarnings(w =>
                            w.Ignore(
                                Microsoft
                                    .EntityFrameworkCore
                                    .Diagnostics
                                    .RelationalEventId
                                    .NonTransactionalMigrationOperationWarning
                            )
                        ),
                optionsLifetime: ServiceLifetime.Singleton
            );
        }
    }

    /// <summary>Migrates, loads reference data and (when Demo:Seed is on, the default for SQLite) demo
    /// people.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        await db.Database.MigrateAsync();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await ReferenceData.EnsureAsync(db, clock);
        var demoDefault = !db.Database.IsNpgsql();
        if (app.Configuration.GetValue("Demo:Seed", demoDefault))
            await DemoData.EnsureAsync(
                db,
                scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>(),
                clock
            );
        else
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in Roles.All)
                if (!await roles.RoleExistsAsync(role))
                    await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }
    }
}
