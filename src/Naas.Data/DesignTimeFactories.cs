using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Naas.Data;

/// <summary>Used only by `dotnet ef migrations add`; the connection strings are never opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNaasDbContext>
{
    public SqliteNaasDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteNaasDbContext>()
                .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(NaasDbContext).Assembly.FullName))
                .Options,
            new FixedCallerScope(CallerScope.System)
        );
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNaasDbContext>
{
    public PostgresNaasDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgresNaasDbContext>()
                .UseNpgsql("Host=localhost;Database=naas_design")
                .Options,
            new FixedCallerScope(CallerScope.System)
        );
}
