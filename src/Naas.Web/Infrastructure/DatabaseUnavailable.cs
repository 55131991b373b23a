using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Npgsql;

namespace Naas.Web.Infrastructure;

/// <summary>Whether a request failed because the database could not be reached for a moment (restarting, failing
/// over, refusing connections, or a connection dropped mid-command), or because it was busy (a deadlock or a
/// serialization failure, which PostgreSQL resolves by failing one of the transactions), rather than because of a
/// fault in the service. Either is answered 503 with a plain page that says nothing was lost and to try again, and
/// autosave's script tries again by itself; the service recovers without a restart because every request opens its
/// connection afresh from the pool (issue 17, item 3).</summary>
public static class DatabaseUnavailable
{
    /// <summary>The database could not be reached: the connection failed or was cut, or the server refused it.</summary>
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (
                e is PostgresException p
                    ? p.SqlState
                        is "57P01" // terminated by an administrator or a fast shutdown
                            or "57P02" // crash shutdown
                            or "57P03" // starting up or shutting down
                            or "53300" // too many connections
                            or "55000" // the database is not accepting connections
                        || p.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
                    : e is NpgsqlException { IsTransient: true } || e is SocketException || e is TimeoutException
            )
                return true;
        return false;
    }

    /// <summary>The database was busy: this transaction was chosen to fail so that another could finish (a deadlock,
    /// or a serialization failure). Nothing is wrong with the connection; trying again works.</summary>
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: "40P01" or "40001" })
                return true;
        return false;
    }

    /// <summary>The answer's status: 503 when the database was out of reach or busy, 500 for anything else.</summary>
    public static int StatusCode(Exception e) =>
        Is(e) || IsBusy(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>After a restart every idle connection in the pool is as broken as the one that failed, so the pool of
    /// the request's database is emptied at the first such failure and the next requests open fresh connections
    /// instead of each meeting a dead one. Only for a connection that failed: a busy database keeps its pool.</summary>
    public static void EmptyPool(HttpContext context, Exception? e)
    {
        if (!Is(e))
            return;
        if (context.RequestServices.GetService<NaasDbContext>()?.Database.GetDbConnection() is NpgsqlConnection c)
            NpgsqlConnection.ClearPool(c);
    }
}
