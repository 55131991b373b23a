using System.Net.Sockets;
using Npgsql;

namespace Naas.Web.Infrastructure;

/// <summary>Whether a request failed because the database could not be reached for a moment (restarting, failing
/// over, refusing connections, or a connection dropped mid-command), rather than because of a fault in the service.
/// Such a request is answered 503 with a plain page that says nothing was lost and to try again, and autosave's
/// script tries again by itself; the service recovers without a restart because every request opens its connection
/// afresh from the pool, which discards broken ones (issue 17, item 3).</summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (
                e is NpgsqlException { IsTransient: true }
                || e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" } // shutdown, starting, too many
                || e is SocketException
                || e is TimeoutException
            )
                return true;
        return false;
    }

    /// <summary>The answer's status: 503 when the database was out of reach, 500 for anything else. After a restart
    /// every idle connection in the pool is as broken as the one that failed, so the pools are emptied at the first
    /// such failure, and the next requests open fresh connections instead of each meeting a dead one.</summary>
    public static int StatusCode(Exception e)
    {
        if (!Is(e))
            return StatusCodes.Status500InternalServerError;
        NpgsqlConnection.ClearAllPools();
        return StatusCodes.Status503ServiceUnavailable;
    }
}
