using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>One choice on the booking page: a window and a place to sit in it.</summary>
public sealed record BookingChoice(Guid WindowId, string Location, string Label)
{
    public string Value => $"{WindowId:N}|{Location}";
}

/// <summary>Booking the real knowledge test: which endorsement it rests on, which window, where. The candidate
/// books for themselves once their employer has endorsed them and they have agreed (¶37).</summary>
public sealed class BookingService(NaasDbContext db, TimeProvider clock)
{
    /// <summary>Whether the programme has decided on the adjustments asked for at booking: a decision is the
    /// candidate's adjustments saved (even as "none") after the booking was made.</summary>
    public async Task<bool?> AdjustmentDecidedAsync(TestBooking booking, CancellationToken ct) =>
        booking.AdjustmentRequest is null
            ? null
            : !await Undecided(db.TestBookings.AsNoTracking().Where(b => b.Id == booking.Id)).AnyAsync(ct);

    /// <summary>The rule, once, as a query: a booking's request is undecided until the candidate's adjustments are
    /// saved at or after the booking (a decision may be "none").</summary>
    private IQueryable<TestBooking> Undecided(IQueryable<TestBooking> bookings) =>
        bookings.Where(b =>
            b.AdjustmentRequest != null
            && !db.ReasonableAdjustments.Any(a => a.SocialWorkerId == b.SocialWorkerId && a.AgreedAt >= b.BookedAt)
        );

    public sealed record AdjustmentRequestView(
        string RegistrationNumber,
        string Name,
        string Text,
        DateTimeOffset BookedAt,
        DateTimeOffset WindowOpens,
        bool Started,
        string For = "Knowledge test"
    );

    /// <summary>The programme's queue: requests made at booking (not cancelled) that nobody has decided on since,
    /// oldest first, whether or not the test has started (one started without a decision still needs one).</summary>
    public async Task<List<AdjustmentRequestView>> UndecidedRequestsAsync(CancellationToken ct)
    {
        var tests = await Undecided(db.TestBookings.AsNoTracking().Where(b => b.CancelledAt == null))
            .Join(
                db.SocialWorkers,
                b => b.SocialWorkerId,
                p => p.Id,
                (b, p) =>
                    new
                    {
                        p.RegistrationNumber,
                        p.GivenName,
                        p.FamilyName,
                        b.AdjustmentRequest,
                        b.BookedAt,
                        b.Window!.Opens,
                        b.AttemptId,
                    }
            )
            .ToListAsync(ct);
        // Simulations booked by the candidate with a request, undecided by the same rule: no adjustments saved since.
        var simulations = (
            await db
                .SimulationSessions.AsNoTracking()
                .Where(s => s.AdjustmentRequest != null && s.BookedAt != null && s.SocialWorkerId != null)
                .Join(
                    db.SocialWorkers,
                    s => s.SocialWorkerId,
                    p => p.Id,
                    (s, p) =>
                        new
                        {
                            p.Id,
                            p.RegistrationNumber,
                            p.GivenName,
                            p.FamilyName,
                            s.AdjustmentRequest,
                            s.BookedAt,
                            s.StartsAt,
                        }
                )
                .ToListAsync(ct)
        ).ToList();
        var people = simulations.Select(s => s.Id).Distinct().ToList();
        var agreed = (
            await db
                .ReasonableAdjustments.AsNoTracking()
                .Where(a => people.Contains(a.SocialWorkerId))
                .Select(a => new { a.SocialWorkerId, a.AgreedAt })
                .ToListAsync(ct)
        ).ToLookup(a => a.SocialWorkerId, a => a.AgreedAt);
        return tests
            .Select(r => new AdjustmentRequestView(
                r.RegistrationNumber,
                $"{r.GivenName} {r.FamilyName}",
                r.AdjustmentRequest!,
                r.BookedAt,
                r.Opens,
                r.AttemptId != null
            ))
            .Concat(
                simulations
                    .Where(s => !agreed[s.Id].Any(at => at >= s.BookedAt!.Value))
                    .Select(s => new AdjustmentRequestView(
                        s.RegistrationNumber,
                        $"{s.GivenName} {s.FamilyName}",
                        s.AdjustmentRequest!,
                        s.BookedAt!.Value,
                        s.StartsAt,
                        s.StartsAt <= clock.GetUtcNow(),
                        "Simulation"
                    ))
            )
            .OrderBy(r => r.BookedAt)
            .ToList();
    }

    private const string KnowledgeToken = Naas.Web.Features.Results.AssessmentViews.Knowledge;

    /// <summary>A retake under way that keeps the knowledge result (¶75), so there is nothing to book.</summary>
    public Task<Endorsement?> KeepsKnowledgeAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.SocialWorkerId == socialWorkerId
                && e.RetakeElements != null
                && !e.RetakeElements.Contains(KnowledgeToken)
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>The endorsement a candidate can book the knowledge test against, if any: agreed (or in assessment)
    /// and not yet used for a sitting of the real test.</summary>
    public Task<Endorsement?> BookableEndorsementAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.SocialWorkerId == socialWorkerId
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
                // A single-element retake that is not the knowledge test keeps the knowledge result (¶75).
                && (e.RetakeElements == null || e.RetakeElements.Contains(KnowledgeToken))
                && !db.TestBookings.Any(b => b.EndorsementId == e.Id && b.AttemptId != null)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>The candidate's booking that is neither cancelled nor used, if any.</summary>
    public Task<TestBooking?> CurrentAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .TestBookings.Include(b => b.Window!)
                .ThenInclude(w => w.Blueprint)
            .Where(b => b.SocialWorkerId == socialWorkerId && b.CancelledAt == null && b.AttemptId == null)
            .OrderByDescending(b => b.BookedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>Every window-and-place the candidate may choose for the endorsed status, windows not yet
    /// closed.</summary>
    public async Task<List<BookingChoice>> ChoicesAsync(Endorsement endorsement, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var windows = await db
            .TestWindows.AsNoTracking()
            .Include(w => w.Blueprint)
            .Where(w => w.Blueprint!.Status == endorsement.Level && !w.Blueprint.IsPractice && !w.Blueprint.Retired)
            .ToListAsync(ct);
        return windows
            .Where(w => w.Closes > now)
            .OrderBy(w => w.Opens)
            .SelectMany(w =>
                w.Locations.Select(l => new BookingChoice(
                    w.Id,
                    l,
                    $"{l}, {Infrastructure.Clock.UkDate(w.Opens)} to {Infrastructure.Clock.UkDate(w.Closes.AddSeconds(-1))}"
                ))
            )
            .ToList();
    }

    /// <summary>Time allowed for the endorsed status's test, for the booking page.</summary>
    public async Task<int> MinutesAsync(Endorsement endorsement, CancellationToken ct) =>
        await db
            .KnowledgeBlueprints.Where(b => b.Status == endorsement.Level && !b.IsPractice && !b.Retired)
            .Select(b => (int?)b.Minutes)
            .MaxAsync(ct)
        ?? 0;

    public async Task<(TestBooking? Booking, string? Problem)> BookAsync(
        Guid socialWorkerId,
        string? choice,
        string? adjustmentRequest,
        CancellationToken ct
    )
    {
        var endorsement = await BookableEndorsementAsync(socialWorkerId, ct);
        if (endorsement is null)
            return (null, "You can book the knowledge test once your employer has endorsed you and you have agreed");
        if (await CurrentAsync(socialWorkerId, ct) is not null)
            return (null, "You already have a booking. Cancel it first to choose another window");
        var choices = await ChoicesAsync(endorsement, ct);
        var chosen = choices.SingleOrDefault(c => c.Value == choice);
        if (chosen is null)
            return (null, "Select when and where you will take the test");
        if (adjustmentRequest is { Length: > 2000 })
            return (null, "Adjustments you need must be 2,000 characters or fewer");
        var booking = new TestBooking
        {
            SocialWorkerId = socialWorkerId,
            EndorsementId = endorsement.Id,
            WindowId = chosen.WindowId,
            Location = chosen.Location,
            AdjustmentRequest = string.IsNullOrWhiteSpace(adjustmentRequest) ? null : adjustmentRequest.Trim(),
            BookedAt = clock.GetUtcNow(),
        };
        db.TestBookings.Add(booking);
        // The request itself is health information: it stays out of the audit text.
        db.Record(
            new TestBooked(
                booking.Id,
                socialWorkerId,
                chosen.WindowId,
                chosen.Location,
                chosen.Label,
                booking.AdjustmentRequest is not null
            )
        );
        if (booking.AdjustmentRequest is not null)
        {
            // The programme hears that a request is waiting; what was asked stays on the adjustments page.
            foreach (
                var admin in await db.UsersInRole(Naas.Data.Seed.Roles.ProgrammeAdministrator)
                    .Where(u => u.Email != null)
                    .Select(u => u.Email!)
                    .ToListAsync(ct)
            )
                db.Email(
                    clock,
                    admin,
                    "An adjustment request is waiting for a decision",
                    $"A candidate asked for adjustments when booking the knowledge test ({chosen.Label}). Decide on it at {KnowledgeTestLinks.AdminAdjustments()} before their window opens."
                );
        }
        await db.SaveChangesAsync(ct);
        return (booking, null);
    }

    public async Task<string?> CancelAsync(Guid socialWorkerId, Guid bookingId, CancellationToken ct)
    {
        var booking = await db.TestBookings.SingleOrDefaultAsync(
            b => b.Id == bookingId && b.SocialWorkerId == socialWorkerId,
            ct
        );
        if (booking is null || booking.CancelledAt is not null)
            return "There is no such booking";
        if (booking.AttemptId is not null)
            return "This test has already started, so its booking cannot be cancelled";
        booking.CancelledAt = clock.GetUtcNow();
        db.Record(new BookingCancelled(booking.Id, socialWorkerId));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
