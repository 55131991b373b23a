using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class TestIndexModel(
    NaasDbContext db,
    SittingClock tests,
    SittingStart start,
    BookingService bookings,
    TimeProvider clock
) : NaasPage
{
    public KnowledgeAttempt? Running { get; private set; }
    public List<KnowledgeAttempt> Done { get; private set; } = [];
    public List<KnowledgeBlueprint> Practice { get; private set; } = [];
    public TestBooking? Booking { get; private set; }
    public Endorsement? Bookable { get; private set; }
    public Endorsement? KeepsKnowledge { get; private set; }

    /// <summary>Null when nothing was asked for; otherwise whether the programme has decided.</summary>
    public bool? AdjustmentDecided { get; private set; }
    public ReasonableAdjustment? Adjustment { get; private set; }
    public bool WindowOpen =>
        Booking is { } b && clock.GetUtcNow() >= b.Window!.Opens && clock.GetUtcNow() < b.Window.Closes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.SocialWorkerId() ?? Guid.Empty;
        var attempts = await tests.MineAsync(me, ct);
        Running = attempts.FirstOrDefault(a => a.SubmittedAt is null);
        Done = attempts.Where(a => a.SubmittedAt is not null).OrderByDescending(a => a.SubmittedAt).ToList();
        Practice = await db.KnowledgeBlueprints.AsNoTracking().Where(b => b.IsPractice && !b.Retired).ToListAsync(ct);
        Booking = await bookings.CurrentAsync(me, ct);
        Bookable = Booking is null ? await bookings.BookableEndorsementAsync(me, ct) : null;
        if (Booking is not null)
        {
            AdjustmentDecided = await bookings.AdjustmentDecidedAsync(Booking, ct);
            Adjustment = await db
                .ReasonableAdjustments.AsNoTracking()
                .SingleOrDefaultAsync(a => a.SocialWorkerId == me, ct);
        }
        if (Bookable is null)
            KeepsKnowledge = await bookings.KeepsKnowledgeAsync(me, ct);
    }

    /// <summary>Starts a practice test.</summary>
    public async Task<IActionResult> OnPostAsync(Guid blueprintId, CancellationToken ct)
    {
        var (attempt, problem) = await start.StartAsync(User.SocialWorkerId()!.Value, blueprintId, ct);
        if (attempt is null)
        {
            ModelState.AddModelError("", problem!);
            await OnGetAsync(ct);
            return Page();
        }
        return Redirect(KnowledgeTestLinks.MeQuestion(attempt.Id, 1));
    }

    /// <summary>Starts the real test from the candidate's booking.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid bookingId, bool withoutAdjustments, CancellationToken ct)
    {
        var (attempt, problem) = await start.StartBookedAsync(
            User.SocialWorkerId()!.Value,
            bookingId,
            ct,
            withoutAdjustments
        );
        if (attempt is null)
        {
            ModelState.AddModelError("", problem!);
            await OnGetAsync(ct);
            return Page();
        }
        return Redirect(KnowledgeTestLinks.MeQuestion(attempt.Id, 1));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid bookingId, CancellationToken ct)
    {
        if (await bookings.CancelAsync(User.SocialWorkerId()!.Value, bookingId, ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Your booking is cancelled. You can book another window.");
        return Redirect(KnowledgeTestLinks.Me());
    }
}
