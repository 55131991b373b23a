using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Observation;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>A candidate books their own simulations (issue 15, item 3): with a standing endorsement whose assessment
/// takes the simulated observation, two sessions at most for it, at least <see cref="NoticeDays"/> days ahead, under
/// the same rules as the programme's placing (no overlap, no actor or observer the clash rules refuse), with any
/// adjustments asked for reaching the programme's adjustments queue.</summary>
public sealed class SimulationBookings(NaasDbContext db, DayPlanning planning, TimeProvider clock)
{
    /// <summary>Bookings close, and cannot be cancelled, this many days before: time for the programme to decide
    /// adjustments and to give a cancelled session to someone else.</summary>
    public const int NoticeDays = 2;

    public sealed record Choices(
        Endorsement? Standing,
        List<SimulationSession> Booked,
        List<SimulationSession> Open,
        string? Closed
    );

    private Task<Endorsement?> StandingAsync(Guid person, CancellationToken ct) =>
        db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.SocialWorkerId == person
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);

    public async Task<Choices> ChoicesAsync(Guid person, CancellationToken ct)
    {
        var booked = await db
            .SimulationSessions.AsNoTracking()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Where(s => s.SocialWorkerId == person)
            .ToListAsync(ct);
        booked = booked.OrderBy(s => s.StartsAt).ToList();
        var standing = await StandingAsync(person, ct);
        string? closed = null;
        if (standing is null)
            closed =
                "You can book simulations once your employer has endorsed you and you have agreed to be put forward.";
        else if (!standing.Takes(SimulationElement.Kind))
            closed =
                "Your simulated observation result is kept from your earlier assessment, so there is nothing to book.";
        else if (booked.Count(s => s.EndorsementId == standing.Id) >= SimulationElement.Simulations)
            closed = "You have both your simulations.";
        if (closed is not null)
            return new(standing, booked, [], closed);
        // Open sessions are read across scope: one with no candidate says nothing about anybody. Compared in memory
        // (SQLite cannot compare the times); days are few.
        var from = clock.GetUtcNow().AddDays(NoticeDays);
        var open = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Where(s => s.SocialWorkerId == null && s.Day!.For == standing!.Level && s.Day.Date >= clock.Today())
            .ToListAsync(ct);
        return new(
            standing,
            booked,
            open.Where(s => s.StartsAt >= from).OrderBy(s => s.StartsAt).Take(200).ToList(),
            null
        );
    }

    public async Task<List<(string Field, string Message)>> BookAsync(
        Guid person,
        string? sessionId,
        string? adjustments,
        CancellationToken ct
    )
    {
        var choices = await ChoicesAsync(person, ct);
        if (choices.Closed is { } closed)
            return [("", closed)];
        if (!Guid.TryParse(sessionId, out var id) || choices.Open.All(s => s.Id != id))
            return
            [
                (
                    "Session",
                    "Select a simulation from the list: the one you chose has been taken or is no longer open to booking"
                ),
            ];
        if (adjustments?.Trim().Length > 2000)
            return [("Adjustments", "What you need must be 2,000 characters or fewer")];
        var session = await db
            .SimulationSessions.IgnoreQueryFilters()
            .Include(s => s.Day)
            .SingleAsync(s => s.Id == id, ct);
        var self = await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.Id == person, ct);
        try
        {
            return await planning.PlaceAsync(session, self, "Session", ct, adjustments ?? "");
        }
        catch (DbUpdateConcurrencyException)
        {
            return [("Session", "Someone else booked that simulation a moment ago: choose another")];
        }
    }

    /// <summary>Whether the candidate may still cancel this booking themselves: the rule <see cref="CancelAsync"/>
    /// applies, by the service's clock.</summary>
    public bool CanCancel(SimulationSession s) =>
        s.BookedAt is not null && s.StartsAt >= clock.GetUtcNow().AddDays(NoticeDays);

    public async Task<string?> CancelAsync(Guid person, Guid sessionId, CancellationToken ct)
    {
        var session = await db.SimulationSessions.SingleOrDefaultAsync(
            s => s.Id == sessionId && s.SocialWorkerId == person,
            ct
        );
        if (session is null)
            return "There is no such simulation of yours";
        if (session.BookedAt is null)
            return "The programme gave you this simulation: contact them to change it";
        if (!CanCancel(session))
            return $"A simulation can be cancelled up to {NoticeDays} days before it: contact the programme";
        db.Record(new SimulationBookingCancelled(session.Id, person, Clock.UkDateTime(session.StartsAt)));
        (session.SocialWorkerId, session.EndorsementId, session.BookedAt, session.AdjustmentRequest) = (
            null,
            null,
            null,
            null
        );
        await db.SaveChangesAsync(ct);
        return null;
    }
}
