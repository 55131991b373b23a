using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>The centre coordinator's run sheet for the day (issue 15, item 4): each simulation's candidate checked in
/// against their photo identity and registration number (late arrival counted), or recorded absent; the preparation
/// time started, which opens the briefing on the candidate's screen, and then the simulation, each timed by the
/// service's clock; incidents noted as they happen. Every step recorded in the invigilation record (the audit).
/// Read across scope on the Invigilation policy: a coordinator is in no candidate's scope.</summary>
public sealed class RunSheet(NaasDbContext db, TimeProvider clock)
{
    public sealed record Row(
        SimulationSession Session,
        string Candidate,
        string Registration,
        string Place,
        ScenarioVersion Scenario,
        List<SessionIncident> Incidents
    )
    {
        public DateTimeOffset? PreparationEnds => Session.PreparationStartedAt?.AddMinutes(Scenario.PreparationMinutes);
        public DateTimeOffset? SimulationEnds => Session.SimulationStartedAt?.AddMinutes(Session.Minutes);
    }

    private IQueryable<SimulationSession> Sessions =>
        db
            .SimulationSessions.IgnoreQueryFilters()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Include(s => s.ScenarioVersion);

    /// <summary>Today's simulations with a candidate on the days this coordinator runs, in time order.</summary>
    public async Task<List<Row>> TodayAsync(Guid coordinator, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Clock.InUk(clock.GetUtcNow()).DateTime);
        var sessions = await Sessions
            .RunBy(coordinator)
            .AsNoTracking()
            .Where(s => s.SocialWorkerId != null && s.Day!.Date == today)
            .ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var s in sessions.OrderBy(s => s.StartsAt))
            rows.Add(await RowAsync(s, ct));
        return rows;
    }

    public async Task<Row?> RowAsync(Guid sessionId, CancellationToken ct) =>
        await Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.SocialWorkerId != null, ct)
            is { } s
            ? await RowAsync(s, ct)
            : null;

    private async Task<Row> RowAsync(SimulationSession s, CancellationToken ct)
    {
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == s.SocialWorkerId, ct);
        var incidents = await db
            .SessionIncidents.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(i => i.SessionId == s.Id)
            .ToListAsync(ct);
        return new Row(
            s,
            person.FullName,
            person.RegistrationNumber,
            s.Day!.Centre is { } c ? $"{c.Name}{(s.Room is { } r ? ", " + r.Name : "")}" : "Remote",
            s.ScenarioVersion!,
            incidents.OrderBy(i => i.At).ToList()
        );
    }

    private async Task<(SimulationSession? Session, SocialWorker? Person)> LoadAsync(Guid id, CancellationToken ct)
    {
        var s = await Sessions.SingleOrDefaultAsync(x => x.Id == id && x.SocialWorkerId != null, ct);
        var p = s is null
            ? null
            : await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == s.SocialWorkerId, ct);
        return (s, p);
    }

    private bool IsToday(SimulationSession s) =>
        s.Day!.Date == DateOnly.FromDateTime(Clock.InUk(clock.GetUtcNow()).DateTime);

    /// <summary>The candidate is who they say: the coordinator has seen their photo identity and the registration
    /// number they give matches the booking.</summary>
    public async Task<List<(string Field, string Message)>> CheckInAsync(
        Guid id,
        bool photoIdChecked,
        string? registration,
        string actor,
        CancellationToken ct
    )
    {
        var (s, person) = await LoadAsync(id, ct);
        if (s is null)
            return [("", "There is no such simulation")];
        var problems = new List<(string, string)>();
        if (!IsToday(s))
            problems.Add(("", "Candidates are checked in on the day of their simulation"));
        else if (s.CheckedInAt is not null)
            problems.Add(("", $"{person!.FullName} was checked in at {Clock.InUk(s.CheckedInAt.Value):HH:mm}"));
        else if (s.AbsentAt is not null)
            problems.Add(("", $"{person!.FullName} was recorded absent"));
        if (!photoIdChecked)
            problems.Add(("PhotoId", "Confirm that you have checked their photo identity against their name"));
        if (!RegistrationNumber.TryNormalise(registration, out var typed))
            problems.Add(("Registration", RegistrationNumber.FormatHint));
        else if (typed != person!.RegistrationNumber)
            problems.Add(
                (
                    "Registration",
                    $"The registration number they gave, {typed}, is not the one booked for this simulation: do not let them in, and note it as an incident"
                )
            );
        if (problems.Count > 0)
            return problems;
        var now = clock.GetUtcNow();
        // Late once the preparation time should have begun: the simulation starts at its time, preparation before it.
        var due = s.StartsAt.AddMinutes(-s.ScenarioVersion!.PreparationMinutes);
        var late = now > due ? (int)Math.Ceiling((now - due).TotalMinutes) : 0;
        (s.CheckedInAt, s.CheckedInBy, s.MinutesLate) = (now, actor, late > 0 ? late : null);
        db.Record(new SimulationCandidateCheckedIn(s.Id, person!.Id, late));
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<string?> AbsentAsync(Guid id, CancellationToken ct)
    {
        var (s, person) = await LoadAsync(id, ct);
        if (s is null)
            return "There is no such simulation";
        if (!IsToday(s))
            return "A candidate is recorded absent on the day of their simulation";
        if (s.CheckedInAt is not null)
            return $"{person!.FullName} has been checked in";
        if (s.AbsentAt is not null)
            return null;
        s.AbsentAt = clock.GetUtcNow();
        db.Record(new SimulationCandidateAbsent(s.Id, person!.Id));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Starts the preparation time (the briefing opens on the candidate's screen), then, once it is over,
    /// the simulation.</summary>
    public async Task<string?> StartAsync(Guid id, bool simulation, CancellationToken ct)
    {
        var (s, person) = await LoadAsync(id, ct);
        if (s is null)
            return "There is no such simulation";
        if (s.CheckedInAt is null)
            return "Check the candidate in first";
        var now = clock.GetUtcNow();
        if (!simulation)
        {
            if (s.PreparationStartedAt is not null)
                return "The preparation time has already started";
            s.PreparationStartedAt = now;
        }
        else
        {
            if (s.PreparationStartedAt is null)
                return "Start the preparation time first: the candidate reads the briefing before the simulation";
            if (s.SimulationStartedAt is not null)
                return "The simulation has already started";
            s.SimulationStartedAt = now;
        }
        db.Record(new SimulationStageStarted(s.Id, person!.Id, simulation ? "simulation" : "preparation time"));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<List<(string Field, string Message)>> IncidentAsync(
        Guid id,
        string? note,
        string actor,
        CancellationToken ct
    )
    {
        var (s, person) = await LoadAsync(id, ct);
        if (s is null)
            return [("", "There is no such simulation")];
        if (string.IsNullOrWhiteSpace(note))
            return [("Incident", "Describe what happened")];
        if (note.Trim().Length > 2000)
            return [("Incident", "The note must be 2,000 characters or fewer")];
        var incident = new SessionIncident
        {
            SessionId = s.Id,
            At = clock.GetUtcNow(),
            By = actor,
            Note = note.Trim(),
        };
        db.SessionIncidents.Add(incident);
        db.Record(new SessionIncidentNoted(incident.Id, s.Id, person!.Id, incident.Note));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
