using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>Assessment days, their simulation sessions, and placing a candidate in a session under a standing
/// endorsement for the day's status.</summary>
public sealed class DayPlanning(NaasDbContext db, TimeProvider clock, SessionStaffing staffing)
{
    public async Task<(AssessmentDay? Planned, List<(string Field, string Message)> Problems)> AddDayAsync(
        string? date,
        string? place,
        StatusLevel? level,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (!Parse.TryDate(date, out var day) || day is null)
            problems.Add(("Date", "Enter the day's date, like 10/03/2027"));
        else if (day <= clock.Today())
            problems.Add(("Date", "The day must be in the future"));
        AssessmentCentre? centre = null;
        if (place != "remote")
        {
            centre = Guid.TryParse(place, out var id)
                ? await db.AssessmentCentres.SingleOrDefaultAsync(c => c.Id == id, ct)
                : null;
            if (centre is null)
                problems.Add(("Place", "Select a centre, or remote"));
        }
        if (level is not { } status || !Enum.IsDefined(status))
            problems.Add(("For", "Select which status the day assesses"));
        if (problems.Count > 0)
            return (null, problems);
        var planned = new AssessmentDay
        {
            Date = day!.Value,
            CentreId = centre?.Id,
            For = level!.Value,
        };
        db.AssessmentDays.Add(planned);
        db.Record(new DayPlanned(planned.Id, planned.Date, centre?.Name ?? "Remote", planned.For));
        await db.SaveChangesAsync(ct);
        return (planned, problems);
    }

    public async Task<List<(string Field, string Message)>> AddSessionAsync(
        AssessmentDay day,
        string? room,
        string? starts,
        string? minutes,
        string? scenario,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        CentreRoom? chosen = null;
        if (day.CentreId is { } centre)
        {
            chosen = Guid.TryParse(room, out var r)
                ? await db.CentreRooms.SingleOrDefaultAsync(x => x.Id == r && x.CentreId == centre, ct)
                : null;
            if (chosen is null)
                problems.Add(("Room", "Select the room at this centre"));
        }
        if (
            !TimeOnly.TryParseExact(
                starts?.Trim(),
                ["H:mm", "HH:mm", "H.mm"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var time
            )
        )
            problems.Add(("Starts", "Enter the start time on the 24-hour clock, like 09:30"));
        if (!int.TryParse(minutes?.Trim(), out var length) || length is < 10 or > 120)
            problems.Add(("Minutes", "Enter how long the session is in minutes, from 10 to 120, preparation included"));
        var version = Guid.TryParse(scenario, out var v)
            ? await db
                .ScenarioVersions.Include(x => x.Scenario)
                .SingleOrDefaultAsync(x => x.Id == v && x.Status == ItemStatus.Live && x.Scenario!.For == day.For, ct)
            : null;
        if (version is null)
            problems.Add(("Scenario", $"Select a live scenario for a {day.For.Name()}"));
        if (problems.Count > 0)
            return problems;
        var startsAt = Clock.AtUkTime(day.Date, time);
        // Times are compared here rather than in SQL: SQLite stores instants as numbers it cannot add minutes to, and
        // a day has few sessions.
        var ends = startsAt.AddMinutes(length);
        if (
            chosen is not null
            && (
                await db
                    .SimulationSessions.Where(s => s.RoomId == chosen.Id && s.DayId == day.Id)
                    .Select(s => new { s.StartsAt, s.Minutes })
                    .ToListAsync(ct)
            ).Any(s => s.StartsAt < ends && startsAt < s.StartsAt.AddMinutes(s.Minutes))
        )
            return [("Starts", $"{chosen.Name} already has a simulation at that time")];
        var session = new SimulationSession
        {
            DayId = day.Id,
            RoomId = chosen?.Id,
            StartsAt = startsAt,
            Minutes = length,
            ScenarioVersionId = version!.Id,
        };
        db.SimulationSessions.Add(session);
        // From now on this version is what a candidate is assessed against: it never changes again (ADR 0019).
        version.FirstUsedAt ??= clock.GetUtcNow();
        db.Record(
            new SessionAdded(
                session.Id,
                day.Id,
                Clock.InUk(startsAt),
                length,
                $"{version.Scenario!.Reference}: {version.Title}",
                chosen?.Name
            )
        );
        await db.SaveChangesAsync(ct);
        return problems;
    }

    /// <summary>Places a candidate with a standing endorsement for the day's status in an empty session: not at the
    /// same time as another of theirs, and not with an actor or observer the clash rules would refuse for them.</summary>
    public async Task<List<(string Field, string Message)>> PlaceAsync(
        SimulationSession session,
        string? registrationNumber,
        CancellationToken ct
    )
    {
        if (session.SocialWorkerId is not null)
            return [("RegistrationNumber", "This session already has a candidate")];
        var number = registrationNumber?.Trim().ToUpperInvariant();
        var person = string.IsNullOrEmpty(number)
            ? null
            : await db.SocialWorkers.AsNoTracking().SingleOrDefaultAsync(p => p.RegistrationNumber == number, ct);
        if (person is null)
            return
            [
                (
                    "RegistrationNumber",
                    string.IsNullOrEmpty(number)
                        ? "Enter the candidate's registration number"
                        : $"No social worker on the record has the registration number {number}"
                ),
            ];
        return await PlaceAsync(session, person, "RegistrationNumber", ct);
    }

    /// <summary>The rules of placing, for the programme's placing and a candidate's own booking alike; problems are
    /// named by <paramref name="field"/>.</summary>
    internal async Task<List<(string Field, string Message)>> PlaceAsync(
        SimulationSession session,
        SocialWorker person,
        string field,
        CancellationToken ct,
        string? adjustmentRequest = null
    )
    {
        if (session.SocialWorkerId is not null)
            return [(field, "This session already has a candidate")];
        var level = session.Day!.For;
        var endorsement = await db
            .Endorsements.Where(e =>
                e.SocialWorkerId == person.Id
                && e.Level == level
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);
        if (endorsement is null)
            return
            [
                (
                    field,
                    $"{person.GivenName} {person.FamilyName} has no agreed endorsement for {level.Name()}: only a candidate their employer has endorsed, and who has agreed, can be placed"
                ),
            ];
        var ends = session.StartsAt.AddMinutes(session.Minutes);
        if (
            (
                await db
                    .SimulationSessions.Where(s => s.SocialWorkerId == person.Id)
                    .Select(s => new { s.StartsAt, s.Minutes })
                    .ToListAsync(ct)
            ).Any(s => s.StartsAt < ends && session.StartsAt < s.StartsAt.AddMinutes(s.Minutes))
        )
            return [(field, $"{person.GivenName} {person.FamilyName} already has a simulation at that time")];
        var clashes = await staffing.ClashesForCandidateAsync(session, person, ct);
        if (clashes.Count > 0)
            return clashes.Select(c => (field, c)).ToList();
        session.SocialWorkerId = person.Id;
        session.EndorsementId = endorsement.Id;
        if (adjustmentRequest is not null)
            (session.BookedAt, session.AdjustmentRequest) = (
                clock.GetUtcNow(),
                string.IsNullOrWhiteSpace(adjustmentRequest) ? null : adjustmentRequest.Trim()
            );
        db.Record(
            adjustmentRequest is null
                ? new CandidatePlaced(session.Id, person.Id, endorsement.Id, Clock.UkDateTime(session.StartsAt))
                : new SimulationBooked(
                    session.Id,
                    person.Id,
                    endorsement.Id,
                    Clock.UkDateTime(session.StartsAt),
                    session.AdjustmentRequest is not null
                ),
            endorsement.OrganisationId
        );
        await db.SaveChangesAsync(ct);
        return [];
    }
}
