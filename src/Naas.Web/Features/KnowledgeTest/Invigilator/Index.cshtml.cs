using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Invigilator;

/// <summary>Centre coordinators see sittings of the real test to invigilate them (not answers, scores or
/// adjustments' details), and let a candidate booked at a centre start once they have checked who it is.
/// Practice tests are not invigilated and are not listed.</summary>
public class InvigilationIndexModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    public sealed record Sitting(
        Guid Id,
        string Name,
        string RegistrationNumber,
        string Location,
        DateTimeOffset StartedAt,
        string State
    );

    public sealed record Arrival(
        Guid BookingId,
        string Name,
        string RegistrationNumber,
        string Location,
        DateTimeOffset? CheckedInAt,
        string? CheckedInBy
    );

    public List<Sitting> Sittings { get; private set; } = [];
    public List<Arrival> Arrivals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-7);
        // Invigilation looks across candidates by its nature; the role is checked by the folder's policy.
        var attempts = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.StartedAt >= since && !a.Blueprint!.IsPractice)
            .OrderByDescending(a => a.StartedAt)
            .Take(500)
            .ToListAsync(ct);
        var bookings = await db
            .TestBookings.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(b =>
                b.CancelledAt == null
                && b.AttemptId == null
                && b.Location != KnowledgeAttempt.Remote
                && b.Window!.Opens <= now
                && b.Window.Closes > now
            )
            .OrderBy(b => b.Location)
            .Take(500)
            .ToListAsync(ct);
        var ids = attempts
            .Select(a => a.SocialWorkerId)
            .Concat(bookings.Select(b => b.SocialWorkerId))
            .Distinct()
            .ToList();
        var people = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (Name: p.GivenName + " " + p.FamilyName, p.RegistrationNumber), ct);
        Sittings = attempts
            .Select(a => new Sitting(
                a.Id,
                people[a.SocialWorkerId].Name,
                people[a.SocialWorkerId].RegistrationNumber,
                a.Location,
                a.StartedAt,
                a.SubmittedAt is not null ? (a.TimedOut ? "Ended at time-out" : "Submitted")
                    : a.BreakStartedAt is not null ? "On a rest break"
                    : "In progress"
            ))
            .ToList();
        Arrivals = bookings
            .Select(b => new Arrival(
                b.Id,
                people[b.SocialWorkerId].Name,
                people[b.SocialWorkerId].RegistrationNumber,
                b.Location,
                b.CheckedInAt,
                b.CheckedInBy
            ))
            .OrderBy(a => a.Location)
            .ThenBy(a => a.Name)
            .ToList();
    }

    /// <summary>The invigilator has seen the candidate's identity at the centre: their test may now start
    /// there.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(Guid bookingId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var booking = await db
            .TestBookings.IgnoreQueryFilters()
            .Include(b => b.Window)
            .SingleOrDefaultAsync(
                b =>
                    b.Id == bookingId
                    && b.CancelledAt == null
                    && b.AttemptId == null
                    && b.Location != KnowledgeAttempt.Remote,
                ct
            );
        if (booking is null || booking.Window!.Opens > now || booking.Window.Closes <= now)
        {
            ModelState.AddModelError(
                "",
                "This booking cannot be started at a centre now: it has been cancelled, has started already, or its window is not open"
            );
            await OnGetAsync(ct);
            return Page();
        }
        if (booking.CheckedInAt is null)
        {
            (booking.CheckedInAt, booking.CheckedInBy) = (now, Scope.ActorName);
            db.Record(new CandidateCheckedIn(booking.Id, booking.SocialWorkerId, booking.Location, Scope.ActorName));
            await db.SaveChangesAsync(ct);
        }
        var name = await db
            .SocialWorkers.IgnoreQueryFilters()
            .Where(p => p.Id == booking.SocialWorkerId)
            .Select(p => p.GivenName + " " + p.FamilyName)
            .SingleAsync(ct);
        Success($"{name} can now start their test at {booking.Location}.");
        return RedirectToPage();
    }
}
