using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Reviews;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>The reviewer's decision (uphold, re-mark and release again, or a fresh attempt), with reasons the
/// candidate reads, audited in one transaction.</summary>
public sealed class ReviewDecisions(
    NaasDbContext db,
    PolicyStore policy,
    AssessmentViews assessments,
    MarkRecorder recorder,
    ResultsRelease resultsRelease,
    RetakePlanner retakes,
    TimeProvider clock
)
{
    /// <summary>The reviewer's decision, with reasons the candidate reads. A re-mark supersedes the element's mark and
    /// re-releases the outcome (awarding the status if every element now passes); a fresh attempt sets the release
    /// aside and opens a new attempt at the chosen elements, keeping the others, without a new endorsement.</summary>
    public async Task<List<(string Field, string Message)>> DecideAsync(
        Guid reviewId,
        Guid reviewerUserId,
        string? decision,
        string? reasons,
        string? element,
        string? score,
        IReadOnlyList<string> freshElements,
        CancellationToken ct
    )
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(
            x => x.Id == reviewId && x.ReviewerUserId == reviewerUserId,
            ct
        );
        if (r is null)
            return [("", "There is no such review assigned to you")];
        if (r.State != ReviewState.UnderReview)
            return [("", "This review has already been decided")];
        var problems = new List<(string, string)>();
        if (!Enum.TryParse<ReviewDecision>(decision, out var d) || !Enum.IsDefined(d))
            problems.Add(("Decision", "Select your decision"));
        if (string.IsNullOrWhiteSpace(reasons))
            problems.Add(
                ("Reasons", "Enter the reasons for your decision: the social worker and their employer read them")
            );
        else if (reasons.Trim().Length > 4000)
            problems.Add(("Reasons", "Your reasons must be 4,000 characters or fewer"));
        var endorsement = await db.Endorsements.IgnoreQueryFilters().SingleAsync(x => x.Id == r.EndorsementId, ct);
        var marks = await db
            .ElementMarks.IgnoreQueryFilters()
            .Where(m => m.EndorsementId == endorsement.Id && m.SupersededAt == null)
            .ToListAsync(ct);
        ElementMark? remark = null;
        decimal newScore = 0;
        if (d == ReviewDecision.Remarked)
        {
            remark = marks.SingleOrDefault(m => m.Element == element);
            if (remark is null)
                problems.Add(("Element", "Select the element you re-marked"));
            if (string.IsNullOrWhiteSpace(score))
                problems.Add(("Score", "Enter the new score"));
            else if (
                !decimal.TryParse(score.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out newScore)
                || newScore < 0
                || (remark is not null && newScore > remark.Max)
            )
                problems.Add(
                    (
                        "Score",
                        remark is null
                            ? "The new score must be a number, like 42 or 42.5"
                            : $"The new score must be a number from 0 to {remark.Max:0.##}, the marks available"
                    )
                );
            else if (remark is not null && newScore == remark.Score)
                problems.Add(
                    (
                        "Score",
                        "The new score is the same as the old one. If the result stands, choose that decision instead"
                    )
                );
        }
        var elements = (await assessments.ElementsAsync(endorsement.Level, ct)).Select(x => x.Kind).ToList();
        if (
            d == ReviewDecision.FreshAttempt
            && (freshElements.Count == 0 || freshElements.Any(x => !elements.Contains(x)))
        )
            problems.Add(("FreshElements", "Select which elements are taken again"));
        if (problems.Count > 0)
            return problems;

        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        r.Decision = d;
        r.DecisionReasons = reasons!.Trim();
        r.DecidedAt = clock.GetUtcNow();
        r.State = ReviewState.Decided;
        db.Record(new ReviewDecided(r.Id, r.SocialWorkerId, d, r.DecisionReasons), r.OrganisationId);
        var body =
            $"The independent reviewer has decided: {d.Words().ToLowerInvariant()}.\n\nTheir reasons:\n{r.DecisionReasons}\n\nSign in to see your results and what happens next.";
        switch (d)
        {
            case ReviewDecision.Upheld:
                db.Email(clock, person.Email, "The decision on your independent review", body);
                await db.SaveChangesAsync(ct);
                return [];
            case ReviewDecision.Remarked:
                return await RemarkAsync(r, endorsement, remark!, newScore, body, ct);
            default:
                return await GrantFreshAttemptAsync(r, endorsement, person, elements, freshElements, body, ct);
        }
    }

    /// <summary>Sets the reviewed release aside, recorded: a re-mark and a fresh attempt both start here. The
    /// release is read across scope because the reviewer is independent of the candidate's employer.</summary>
    private async Task SetReleaseAsideAsync(ReviewRequest r, string reason, bool forFreshAttempt, CancellationToken ct)
    {
        var release = await db.ResultReleases.IgnoreQueryFilters().SingleAsync(x => x.Id == r.ReleaseId, ct);
        release.SupersededAt = clock.GetUtcNow();
        release.SupersededReason = reason;
        db.Record(new ResultsSuperseded(release.Id, r.SocialWorkerId, r.Id, forFreshAttempt), r.OrganisationId);
    }

    /// <summary>A re-mark supersedes the release and the element's mark and releases again, in one transaction:
    /// a release the rules refuse rolls the whole decision back.</summary>
    private async Task<List<(string Field, string Message)>> RemarkAsync(
        ReviewRequest r,
        Endorsement endorsement,
        ElementMark remark,
        decimal newScore,
        string body,
        CancellationToken ct
    )
    {
        await SetReleaseAsideAsync(r, "Re-marked on independent review", forFreshAttempt: false, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var marked = (await assessments.ViewAsync(endorsement.Id, ct, crossScope: true))!;
        // Same marks available and same pass mark: a pass mark used for a result is never changed.
        await recorder.AddMarkAsync(
            marked,
            remark!.Element,
            newScore,
            remark.Max,
            remark.PassMark,
            $"Re-marked on independent review by {r.ReviewerName}",
            remark.KnowledgeAttemptId,
            db.Scope.ActorName,
            await policy.CurrentAsync(ct),
            ct,
            remark.Feedback
        );
        var view = (await assessments.ViewAsync(endorsement.Id, ct, crossScope: true))!;
        var (_, problem) = await resultsRelease.ReleaseViewAsync(
            view,
            db.Scope.ActorName,
            "The decision on your independent review",
            body,
            ct
        );
        if (problem is not null)
        {
            await tx.RollbackAsync(ct);
            return [("", problem)];
        }
        await tx.CommitAsync(ct);
        return [];
    }

    /// <summary>A fresh attempt sets the release aside and opens a new attempt at the chosen elements, keeping
    /// the others' marks, without a new endorsement (¶42).</summary>
    private async Task<List<(string Field, string Message)>> GrantFreshAttemptAsync(
        ReviewRequest r,
        Endorsement endorsement,
        SocialWorker person,
        List<string> elements,
        IReadOnlyList<string> freshElements,
        string body,
        CancellationToken ct
    )
    {
        await SetReleaseAsideAsync(
            r,
            "Set aside on independent review: a fresh attempt was granted",
            forFreshAttempt: true,
            ct
        );
        var chosen = elements.Where(freshElements.Contains).ToList();
        var fresh = new Endorsement
        {
            SocialWorkerId = endorsement.SocialWorkerId,
            OrganisationId = endorsement.OrganisationId,
            Level = endorsement.Level,
            State = EndorsementState.Agreed,
            Judgement = "A fresh attempt granted on independent review",
            Evidence = r.DecisionReasons!, // set by the decision above
            EligibilityAtEndorsement = "A fresh attempt granted on independent review (¶42)",
            EndorsedAt = clock.GetUtcNow(),
            EndorsedBy = r.ReviewerName ?? "Independent reviewer",
            RespondedAt = clock.GetUtcNow(),
            RetakeOfId = endorsement.Id,
            RetakeElements = chosen.Count == elements.Count ? null : Endorsement.ElementList(chosen),
            // A fresh attempt is not a retake: it keeps whatever standing the reviewed attempt had.
            SingleElementRetake = endorsement.SingleElementRetake,
            FreshAttemptReviewId = r.Id,
        };
        db.Endorsements.Add(fresh);
        db.Record(
            new FreshAttemptGranted(fresh.Id, fresh.SocialWorkerId, r.Id, AssessmentViews.Taken(fresh)),
            r.OrganisationId
        );
        if (fresh.RetakeElements is not null)
            await retakes.CarryKeptMarksAsync(fresh, endorsement.Id, ct);
        db.Email(clock, person.Email, "The decision on your independent review", body);
        await db.SaveChangesAsync(ct);
        return [];
    }
}
