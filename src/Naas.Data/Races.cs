using Microsoft.EntityFrameworkCore;

namespace Naas.Data;

/// <summary>The one way a race between two writers is made safe: the database decides (a unique index), and the
/// writer that loses is told so and settles it (reads what won and applies its change to that, or reports that the
/// thing already exists), instead of failing with an error page. Every check-then-insert that two requests can run
/// at once goes through <see cref="SaveOrSettleAsync"/>, with a unique index behind it.</summary>
public static class Races
{
    /// <summary>True when saving broke a unique index (PostgreSQL 23505; SQLite's UNIQUE or PRIMARY KEY
    /// constraint).</summary>
    public static bool IsUniqueViolation(this DbUpdateException e) =>
        e.InnerException switch
        {
            Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19
                && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            _ => false,
        };

    /// <summary>Saves; when another writer got there first (a unique index refused this save), the entities this save
    /// tried to add are let go and <paramref name="settle"/> decides what to do instead: change what the other writer
    /// saved and return true to save again, or return false to give up (the caller then reports it). Tries at most
    /// <paramref name="attempts"/> times; returns whether the save went through.</summary>
    public static async Task<bool> SaveOrSettleAsync(
        this NaasDbContext db,
        Func<Task<bool>> settle,
        CancellationToken ct,
        int attempts = 3
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < attempts)
            {
                // Whatever was to be added is let go (audit rows and emails with it, so none is left for the loser's
                // change); what was to be modified stays for settle to keep or change.
                foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
                    entry.State = EntityState.Detached;
                if (!await settle())
                    return false;
            }
        }
    }
}
