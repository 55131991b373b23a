using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Results;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results;

/// <summary>Retakes (¶74–76): what a new endorsement for a status would take after an earlier result, and the kept
/// results carried onto it.</summary>
public sealed class RetakePlanner(NaasDbContext db, AssessmentViews assessments, TimeProvider clock)
{
    /// <summary>What a new endorsement for this status would be (¶74–76): a first assessment (no previous), a retake
    /// of one narrowly failed element with the rest kept, or the whole assessment again; or why it cannot start
    /// now. Reads the person's earlier results whichever employer endorsed them, because the rules follow the
    /// person, not the employer; only the dates and elements leave this method, never the marks.</summary>
    public async Task<RetakePlan> RetakePlanAsync(Guid personId, StatusLevel level, CancellationToken ct)
    {
        var previous = await db
            .Endorsements.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(e => e.SocialWorkerId == personId && e.Level == level && e.State == EndorsementState.Completed)
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);
        if (previous is null)
            return new RetakePlan(null, null, null, null);
        var release = await db
            .ResultReleases.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(r => r.EndorsementId == previous.Id && r.SupersededAt == null)
            .SingleOrDefaultAsync(ct);
        if (release is null)
            return new RetakePlan(null, null, null, null);
        var reviewOpen = await db
            .ReviewRequests.IgnoreQueryFilters()
            .AnyAsync(
                r =>
                    r.ReleaseId == release.Id
                    && r.State != Domain.Reviews.ReviewState.Decided
                    && r.State != Domain.Reviews.ReviewState.NotSupported,
                ct
            );
        if (reviewOpen)
            return new RetakePlan(
                previous,
                null,
                null,
                "An independent review of their last results is under way. Wait for its decision before endorsing them again (¶42)."
            );
        Outcome outcome = release.Outcome switch
        {
            OutcomeKind.Accredited => new Outcome.Accredited(),
            OutcomeKind.RetakeElement => new Outcome.RetakeElement(release.RetakeElement!, release.RetakeBy!.Value),
            _ => new Outcome.RetakeWhole(release.RetakeNotBefore!.Value, release.Reason ?? ""),
        };
        var elements = (await assessments.ElementsAsync(level, ct)).Select(x => x.Kind).ToList();
        var (allowed, taken, refusal) = OutcomeRules.RetakeAllowed(outcome, elements, reEndorsed: true, clock.Today());
        // The domain's refusal is worded for the candidate; the employer endorsing reads its own words.
        if (!allowed)
            return new RetakePlan(
                previous,
                null,
                null,
                outcome switch
                {
                    Outcome.RetakeWhole w =>
                        $"They can take the whole assessment again from {w.NotBefore.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (¶76).",
                    _ => refusal,
                }
            );
        var single = taken.Count < elements.Count && taken.Count == 1 ? taken[0] : null;
        return new RetakePlan(previous, single is null ? null : taken, single, null);
    }

    /// <summary>Carries the kept results onto a retake (¶75): copies of the earlier assessment's current marks for
    /// every element not taken again, each audited, so the retake's release judges the combined results.</summary>
    public async Task CarryKeptMarksAsync(Endorsement next, Guid previousEndorsementId, CancellationToken ct)
    {
        // The employer re-endorsing cannot read marks; the copy is made on the person's behalf and never shown here.
        var kept = await db
            .ElementMarks.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(m => m.EndorsementId == previousEndorsementId && m.SupersededAt == null)
            .ToListAsync(ct);
        foreach (var m in kept.Where(m => !next.Takes(m.Element)))
        {
            var copy = new ElementMark
            {
                EndorsementId = next.Id,
                SocialWorkerId = m.SocialWorkerId,
                Element = m.Element,
                Score = m.Score,
                Max = m.Max,
                PassMark = m.PassMark,
                Result = m.Result,
                Source = $"Kept from {Clock.UkDate(m.RecordedAt)}",
                KnowledgeAttemptId = m.KnowledgeAttemptId,
                RecordedBy = "Kept result",
                RecordedAt = clock.GetUtcNow(),
                Feedback = m.Feedback,
            };
            db.ElementMarks.Add(copy);
            db.Record(
                new ElementResultKept(copy.Id, copy.SocialWorkerId, next.Id, m.Id, m.Element, m.Result),
                next.OrganisationId
            );
        }
    }
}
