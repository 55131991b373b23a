using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Features.AssessmentDays;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Recordings.Invigilator;

/// <summary>The simulations of the last fortnight and today on the days this coordinator runs, each with where its
/// recording stands. The
/// coordinator sees registration numbers, times and rooms: what they need to match a file to a simulation.</summary>
public class RecordingsIndexModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    public sealed record Row(
        Guid SessionId,
        DateTimeOffset StartsAt,
        string Place,
        string Registration,
        string Scenario,
        string Recording
    );

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Clock.InUk(clock.GetUtcNow()).DateTime);
        var from = today.AddDays(-14);
        // Read across scope (a coordinator is in no candidate's scope), narrowed to the days they run.
        var sessions = await db
            .SimulationSessions.IgnoreQueryFilters()
            .RunBy(UserId)
            .AsNoTracking()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Include(s => s.ScenarioVersion)
            .Where(s => s.SocialWorkerId != null && s.Day!.Date >= from && s.Day.Date <= today)
            .Join(
                db.SocialWorkers.IgnoreQueryFilters(),
                s => s.SocialWorkerId,
                p => p.Id,
                (s, p) => new { s, p.RegistrationNumber }
            )
            .ToListAsync(ct);
        var ids = sessions.Select(x => x.s.Id).ToList();
        var recordings = await db
            .SimulationRecordings.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(r => ids.Contains(r.SessionId))
            .ToListAsync(ct);
        Rows = sessions
            .OrderByDescending(x => x.s.StartsAt)
            .Select(x => new Row(
                x.s.Id,
                x.s.StartsAt,
                x.s.Day!.Centre is { } c ? $"{c.Name}{(x.s.Room is { } r ? ", " + r.Name : "")}" : "Remote",
                x.RegistrationNumber,
                x.s.ScenarioVersion!.Title,
                Describe(recordings.Where(r => r.SessionId == x.s.Id).MaxBy(r => r.StartedAt))
            ))
            .ToList();
    }

    public static string Describe(Naas.Data.Entities.SimulationRecording? r) =>
        r switch
        {
            null => "Not uploaded",
            { DeletedAt: not null } => "Deleted after the retention period",
            { CompletedAt: not null } => "Received in full",
            _ => $"Upload begun: {Percent(r.Received, r.Bytes)} received",
        };

    public static string Percent(long received, long bytes) =>
        bytes == 0 ? "0%" : $"{Math.Floor(100m * received / bytes):0}%";
}
