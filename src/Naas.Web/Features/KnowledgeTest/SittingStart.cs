using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>Starting a sitting: a practice test at any time, the real test only from a booking in its window, checked
/// in at a centre, with its adjustments decided and its endorsement standing (¶37); a form assembled for the
/// candidate from the live bank of the blueprint's pool, with exposure counted in the database.</summary>
public sealed class SittingStart(NaasDbContext db, TimeProvider clock, BookingService bookings, SittingClock sittings)
{
    /// <summary>Said when a booked test would start before the programme has decided on the adjustments asked
    /// for.</summary>
    public const string AdjustmentUndecided =
        "The national programme has not yet decided on the adjustments you asked for, so your test would start on the standard time and arrangements. You can wait for the decision, or start now without them.";

    /// <summary>Starts a practice test: open to any candidate at any time, with feedback afterwards.</summary>
    public async Task<(KnowledgeAttempt? Attempt, string? Problem)> StartAsync(
        Guid socialWorkerId,
        Guid blueprintId,
        CancellationToken ct
    )
    {
        var blueprint = await db
            .KnowledgeBlueprints.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == blueprintId && b.IsPractice && !b.Retired, ct);
        if (blueprint is null)
            return (null, "There is no such practice test");
        return await AssembleAndStartAsync(socialWorkerId, blueprint, null, ct);
    }

    /// <summary>Starts the real test from a booking: only in its window, and only while the endorsement it rests on
    /// stands (¶37: candidates are put forward by their employer and agree to it).</summary>
    public async Task<(KnowledgeAttempt? Attempt, string? Problem)> StartBookedAsync(
        Guid socialWorkerId,
        Guid bookingId,
        CancellationToken ct,
        bool withoutUndecidedAdjustments = false
    )
    {
        var booking = await db
            .TestBookings.Include(b => b.Window!)
                .ThenInclude(w => w.Blueprint)
            .Include(b => b.Endorsement)
            .SingleOrDefaultAsync(b => b.Id == bookingId && b.SocialWorkerId == socialWorkerId, ct);
        if (booking is null || booking.CancelledAt is not null)
            return (null, "There is no such booking");
        if (booking.AttemptId is { } used)
            return (await db.KnowledgeAttempts.SingleAsync(a => a.Id == used, ct), null);
        var now = clock.GetUtcNow();
        if (now < booking.Window!.Opens)
            return (
                null,
                $"Your test window opens on {Infrastructure.Clock.UkDateTime(booking.Window.Opens)}. You cannot start before then."
            );
        if (now >= booking.Window.Closes)
            return (null, "Your test window has closed. Book another window to take the test.");
        if (booking.AtCentre && booking.CheckedInAt is null)
            return (
                null,
                $"You are booked to sit the test at {booking.Location}. The invigilator there checks who you are and then lets your test start, so it cannot be started from anywhere else."
            );
        if (!withoutUndecidedAdjustments && await bookings.AdjustmentDecidedAsync(booking, ct) == false)
            return (null, AdjustmentUndecided);
        var endorsement = booking.Endorsement!;
        if (
            endorsement.State
            is not (Domain.Endorsements.EndorsementState.Agreed or Domain.Endorsements.EndorsementState.InAssessment)
        )
            return (
                null,
                "Your employer's endorsement for this assessment is no longer in place, so the test cannot start. Speak to your employer."
            );
        if (endorsement.State == Domain.Endorsements.EndorsementState.Agreed)
        {
            endorsement.State = Domain
                .Endorsements.EndorsementTransitions.Apply(
                    endorsement.State,
                    Domain.Endorsements.EndorsementAction.BeginAssessment
                )
                .Next!.Value;
            db.Record(
                new Endorsements.EndorsementMoved(
                    endorsement.Id,
                    endorsement.SocialWorkerId,
                    null,
                    endorsement.Level,
                    null,
                    Domain.Endorsements.EndorsementAction.BeginAssessment,
                    Domain.Endorsements.EndorsementState.Agreed,
                    endorsement.State,
                    null
                ),
                endorsement.OrganisationId
            );
        }
        return await AssembleAndStartAsync(socialWorkerId, booking.Window.Blueprint!, booking, ct);
    }

    private async Task<(KnowledgeAttempt? Attempt, string? Problem)> AssembleAndStartAsync(
        Guid socialWorkerId,
        KnowledgeBlueprint blueprint,
        TestBooking? booking,
        CancellationToken ct
    )
    {
        var open = await db
            .KnowledgeAttempts.Where(a => a.SocialWorkerId == socialWorkerId && a.SubmittedAt == null)
            .ToListAsync(ct);
        foreach (var a in open)
            await sittings.EndIfOverAsync(a, ct);
        if (open.FirstOrDefault(a => a.SubmittedAt is null) is { } running)
            return booking is null ? (running, null) : (null, "Finish or submit the test you have in progress first.");

        var (cells, bank) = await BankAsync(blueprint, ct);
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 1;
        var result = FormAssembly.Assemble(
            new Blueprint(
                cells,
                Enum.GetValues<ItemType>(),
                blueprint.MaxTimesShown,
                blueprint.PassMarkTolerance,
                blueprint.Pool
            ),
            bank,
            seed
        );
        if (!result.Succeeded)
            return (null, $"The test cannot be put together at the moment: {result.Problems[0]}");
        var onForm = result.Form!.ItemIds.ToList();
        var itemOfVersion = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Where(v => onForm.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                v.ItemId,
                v.CaseId,
            })
            .ToListAsync(ct);

        var adjustment = await db
            .ReasonableAdjustments.AsNoTracking()
            .SingleOrDefaultAsync(x => x.SocialWorkerId == socialWorkerId, ct);
        var attempt = new KnowledgeAttempt
        {
            SocialWorkerId = socialWorkerId,
            BlueprintId = blueprint.Id,
            Seed = (long)seed,
            ItemVersionIds = [.. result.Form!.ItemIds],
            PassMark = result.Form.PassMark,
            StartedAt = clock.GetUtcNow(),
            AllowedSeconds = blueprint.Minutes * 60 * (100 + (adjustment?.ExtraTimePercent ?? 0)) / 100,
            RestBreaksAllowed = adjustment?.RestBreaks ?? false,
            MaxBreakSeconds = (adjustment?.MaxBreakMinutes ?? 0) * 60,
            Location = booking?.Location ?? KnowledgeAttempt.Remote,
            BookingId = booking?.Id,
        };
        if (booking is not null)
        {
            booking.AttemptId = attempt.Id;
            db.Record(new BookingUsed(booking.Id, booking.SocialWorkerId, attempt.Id, booking.Location));
        }
        db.KnowledgeAttempts.Add(attempt);
        db.Record(
            new SittingStarted(
                attempt.Id,
                socialWorkerId,
                blueprint.Id,
                blueprint.Name,
                attempt.Location,
                result.Form.ItemIds.Count,
                attempt.AllowedSeconds / 60,
                adjustment is not null,
                adjustment?.ExtraTimePercent ?? 0,
                adjustment?.RestBreaks ?? false,
                adjustment?.MaxBreakMinutes ?? 0
            )
        );
        var shownItems = itemOfVersion.Where(v => result.Form.ItemIds.Contains(v.Id)).Select(v => v.ItemId).ToList();
        // Its own transaction, unless it runs inside one already (the warm-up's, which is rolled back).
        await using var tx = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        // From the moment a candidate sees them, the versions and their cases never change again (but for an audited
        // key correction).
        var now = clock.GetUtcNow();
        var formIds = result.Form.ItemIds.ToList();
        await db
            .KnowledgeItemVersions.Where(v => formIds.Contains(v.Id) && v.FirstUsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.FirstUsedAt, now), ct);
        var caseIds = itemOfVersion
            .Where(v => formIds.Contains(v.Id) && v.CaseId != null)
            .Select(v => v.CaseId!.Value)
            .Distinct()
            .ToList();
        if (caseIds.Count > 0)
            await db
                .KnowledgeCases.Where(c => caseIds.Contains(c.Id) && c.FirstUsedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.FirstUsedAt, now), ct);
        await db.SaveChangesAsync(ct);
        // Exposure counts are bumped in the database, not read-modify-written, so simultaneous starts never lose a
        // count; last in the transaction, so that their row locks are held only until the commit just after. On
        // PostgreSQL the rows are locked in one order (by id): two starts sharing questions once deadlocked when
        // each locked them in its own order (the start storm found it, issue 17), and every start shares the
        // counters of the questions it shows with every other start that shows them.
        if (db.Database.IsNpgsql())
        {
            var ids = shownItems.Distinct().ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE "KnowledgeItems" AS k SET "TimesShown" = k."TimesShown" + 1
                FROM (SELECT "Id" FROM "KnowledgeItems" WHERE "Id" = ANY ({ids}) ORDER BY "Id" FOR UPDATE) AS s
                WHERE k."Id" = s."Id"
                """,
                ct
            );
        }
        else
            await db
                .KnowledgeItems.Where(i => shownItems.Contains(i.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.TimesShown, i => i.TimesShown + 1), ct);
        if (tx is not null)
            await tx.CommitAsync(ct);
        return (attempt, null);
    }

    /// <summary>The blueprint's cells and the live bank it draws on, with each item's enemies and exposure so
    /// far.</summary>
    public async Task<(List<BlueprintCell> Cells, List<BankItem> Bank)> BankAsync(
        KnowledgeBlueprint blueprint,
        CancellationToken ct
    )
    {
        var cells = Cells(blueprint);
        var areaIds = cells.Select(c => c.AreaId).ToList();
        var live = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Where(v =>
                v.Status == ItemStatus.Live
                && areaIds.Contains(v.AreaId)
                && (v.AppliedFor == null || v.AppliedFor == blueprint.Status)
            )
            .Where(v => v.Item!.Pool == blueprint.Pool) // never a practice item on a real form, nor a real one on a practice form
            .Select(v => new
            {
                v.Id,
                v.ItemId,
                v.AreaId,
                v.Type,
                v.Rating,
                v.AppliedFor,
                v.CaseId,
                v.Item!.TimesShown,
                v.Item.Pool,
            })
            .ToListAsync(ct);
        var itemIds = live.Select(v => v.ItemId).ToList();
        var enemyPairs = await db
            .KnowledgeItemEnemies.AsNoTracking()
            .Where(e => itemIds.Contains(e.ItemId))
            .ToListAsync(ct);
        // Enemies are kept between items; assembly works on the live version of each.
        var versionOfItem = live.ToDictionary(v => v.ItemId, v => v.Id);
        var enemiesOf = enemyPairs
            .Where(e => versionOfItem.ContainsKey(e.EnemyItemId))
            .ToLookup(e => e.ItemId, e => versionOfItem[e.EnemyItemId]);
        var bank = live.Select(v => new BankItem(
                v.Id,
                v.AppliedFor is null ? "General" : "Applied",
                v.AreaId,
                v.Type,
                v.Rating,
                enemiesOf[v.ItemId].ToList(),
                v.TimesShown,
                v.CaseId,
                v.Pool
            ))
            .ToList();
        return (cells, bank);
    }

    public static List<BlueprintCell> Cells(KnowledgeBlueprint b) =>
        [.. b.Cells.Select(c => new BlueprintCell(c.Section, c.AreaId, c.AreaId.ToString(), c.Count))];
}
