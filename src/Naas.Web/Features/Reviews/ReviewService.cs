using Naas.Web.Features.Reports;
using Naas.Web.Features.Results;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Marking;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>What a reviewer re-examines: the candidate's report as released, every mark ever recorded for the
/// assessment (superseded ones too, with who recorded them), both statements, and the recordings and written work
/// the markers kept.</summary>
public sealed record ReviewCase(ReviewRequest Review, SocialWorker Person, Endorsement Endorsement, ResultRelease Release, AssessmentReport? Report,
    IReadOnlyList<ElementMark> MarkHistory, string Employer, IReadOnlyList<MarkEvidence> Evidence);

/// <summary>A reviewer the programme may assign, and why not where they are not independent.</summary>
public sealed record ReviewerChoice(Guid UserId, string Name, string? NotIndependent);

/// <summary>Independent review (¶42): the social worker asks, with their employer's view, within the set period; the
/// programme assigns a reviewer not involved before; the reviewer upholds, re-marks or grants a fresh attempt, with
/// reasons the candidate reads. Every step has a deadline and an audit record in the same transaction.</summary>
public sealed class ReviewService(NaasDbContext db, PolicyStore policy, ResultsService results, ReportService reports, TimeProvider clock)
{
    /// <summary>The current release of an assessment the social worker may ask about, with any review already asked.</summary>
    public async Task<(ResultRelease? Release, ReviewRequest? Existing, string? Refusal)> EligibilityAsync(Guid socialWorkerId, Guid endorsementId, CancellationToken ct)
    {
        var release = await db.ResultReleases.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EndorsementId == endorsementId && r.SocialWorkerId == socialWorkerId && r.SupersededAt == null, ct);
        if (release is null) return (null, null, null);
        var existing = await db.ReviewRequests.AsNoTracking().Where(r => r.EndorsementId == endorsementId && r.SocialWorkerId == socialWorkerId)
            .OrderByDescending(r => r.RequestedAt).FirstOrDefaultAsync(ct);
        var rules = await policy.CurrentAsync(ct);
        var refusal = ReviewRules.CanRequest(release.Outcome, Clock.UkDay(release.ReleasedAt), clock.Today(), rules.Review, existing is not null);
        return (release, existing, refusal);
    }

    public async Task<(ReviewRequest? Review, List<(string Field, string Message)> Problems)> RequestAsync(Guid socialWorkerId, Guid endorsementId, string? ground, string? statement, CancellationToken ct)
    {
        var (release, _, refusal) = await EligibilityAsync(socialWorkerId, endorsementId, ct);
        if (release is null) return (null, [("", "There are no released results for this assessment")]);
        var problems = new List<(string, string)>();
        if (refusal is not null) problems.Add(("", refusal));
        if (!Enum.TryParse<ReviewGround>(ground, out var g) || !Enum.IsDefined(g)) problems.Add(("Ground", "Select why you are asking for a review"));
        if (string.IsNullOrWhiteSpace(statement)) problems.Add(("Statement", "Tell us what happened and why you think the result should be looked at again"));
        else if (statement.Trim().Length > 4000) problems.Add(("Statement", "Your statement must be 4,000 characters or fewer"));
        if (problems.Count > 0) return (null, problems);
        var endorsement = await db.Endorsements.AsNoTracking().SingleAsync(e => e.Id == endorsementId, ct);
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        var review = new ReviewRequest
        {
            EndorsementId = endorsementId, ReleaseId = release.Id, SocialWorkerId = socialWorkerId, OrganisationId = endorsement.OrganisationId,
            Ground = g, Statement = statement!.Trim(), RequestedAt = clock.GetUtcNow(), EmployerDue = ReviewRules.EmployerDue(today, rules.Review),
        };
        db.ReviewRequests.Add(review);
        db.Audit("ReviewRequest", review.Id, "Requested", $"Independent review asked for: {g.Words()}", organisationId: endorsement.OrganisationId);
        foreach (var email in await db.OrganisationEmailsAsync([endorsement.OrganisationId], ct))
            db.Email(clock, email, "A social worker has asked for an independent review",
                $"One of your social workers has asked for an independent review of their {endorsement.Level.Name()} results. " +
                $"Give your view by {Date(review.EmployerDue)}: sign in and go to Reviews.");
        // Two requests at the same instant (a double click, two tabs): the unique index keeps one; the other is told why.
        if (!await db.SaveOrSettleAsync(() => Task.FromResult(false), ct))
        {
            var (_, _, now) = await EligibilityAsync(socialWorkerId, endorsementId, ct);
            return (null, [("", now ?? "You have already asked for a review of this result")]);
        }
        return (review, []);
    }

    public Task<List<ReviewRequest>> MineAsync(Guid socialWorkerId, CancellationToken ct) =>
        db.ReviewRequests.AsNoTracking().Where(r => r.SocialWorkerId == socialWorkerId).OrderByDescending(r => r.RequestedAt).ToListAsync(ct);

    /// <summary>Reviews for the caller's organisation (the query filter scopes them), with each person's name.</summary>
    /// The person may have left the employer since; the review is still the employer's to answer.
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> ForEmployerAsync(Guid organisationId, CancellationToken ct) =>
        (await db.ReviewRequests.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .Join(db.SocialWorkers.IgnoreQueryFilters(), r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p })
            .OrderByDescending(x => x.r.RequestedAt).ToListAsync(ct)).Select(x => (x.r, x.p)).ToList();

    public async Task<(ReviewRequest Review, SocialWorker Person, Endorsement Endorsement)?> ForEmployerAsync(Guid organisationId, Guid reviewId, CancellationToken ct)
    {
        var r = await db.ReviewRequests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == reviewId && x.OrganisationId == organisationId, ct);
        if (r is null) return null;
        var e = await db.Endorsements.AsNoTracking().SingleAsync(x => x.Id == r.EndorsementId, ct);
        var p = await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == r.SocialWorkerId, ct); // may have left: still the employer's review
        return (r, p, e);
    }

    /// <summary>The endorsing employer supports the request (it goes to the programme) or does not, with reasons.</summary>
    public async Task<List<(string Field, string Message)>> EmployerRespondAsync(Guid organisationId, Guid reviewId, string? support, string? statement, CancellationToken ct)
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(x => x.Id == reviewId && x.OrganisationId == organisationId, ct);
        if (r is null) return [("", "There is no such review")];
        var problems = new List<(string, string)>();
        if (r.State != ReviewState.AwaitingEmployer) problems.Add(("", "You have already given your view on this review"));
        if (support is not ("yes" or "no")) problems.Add(("Support", "Select whether you support the request"));
        if (string.IsNullOrWhiteSpace(statement)) problems.Add(("EmployerStatement", support == "no" ? "Enter why you do not support the request: the social worker reads this" : "Enter your view of their practice and of what happened"));
        else if (statement.Trim().Length > 4000) problems.Add(("EmployerStatement", "Your view must be 4,000 characters or fewer"));
        if (problems.Count > 0) return problems;
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        r.EmployerStatement = statement!.Trim();
        r.EmployerRespondedAt = clock.GetUtcNow();
        r.EmployerRespondedBy = db.Scope.ActorName;
        var person = await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        if (support == "yes")
        {
            r.State = ReviewState.AwaitingReviewer;
            r.AssignDue = ReviewRules.AssignDue(today, rules.Review);
            r.DecisionDue = ReviewRules.DecisionDue(today, rules.Review);
            db.Audit("ReviewRequest", r.Id, "EmployerSupported", $"The employer supports the review; a decision is due by {Date(r.DecisionDue.Value)}", organisationId: organisationId);
            db.Email(clock, person.Email, "Your employer supports your review",
                $"Your employer supports your request for an independent review. A reviewer who was not involved in your assessment will decide by {Date(r.DecisionDue.Value)}.");
        }
        else
        {
            r.State = ReviewState.NotSupported;
            db.Audit("ReviewRequest", r.Id, "EmployerNotSupported", "The employer does not support the review", r.EmployerStatement, organisationId: organisationId);
            db.Email(clock, person.Email, "Your employer does not support your review",
                "Your employer does not support your request for an independent review. Sign in to read their reasons. You can talk to them about a development plan and when you might be ready to take the assessment again.");
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Every review for the programme, oldest deadline first.</summary>
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> AllAsync(CancellationToken ct) =>
        (await db.ReviewRequests.AsNoTracking().Join(db.SocialWorkers, r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p }).ToListAsync(ct))
            .Select(x => (x.r, x.p)).OrderBy(x => x.r.State is ReviewState.Decided or ReviewState.NotSupported).ThenBy(x => x.r.DecisionDue ?? x.r.EmployerDue).ToList();

    /// <summary>Whether a step is past its deadline, for the programme's list.</summary>
    public bool Overdue(ReviewRequest r) => clock.Today() > (r.State switch
    {
        ReviewState.AwaitingEmployer => r.EmployerDue,
        ReviewState.AwaitingReviewer => r.AssignDue!.Value,
        ReviewState.UnderReview => r.DecisionDue!.Value,
        _ => DateOnly.MaxValue,
    });

    /// <summary>Users with the reviewer role, each with why they may not review this one (involved before, or from the
    /// endorsing employer).</summary>
    public async Task<List<ReviewerChoice>> ReviewersAsync(ReviewRequest r, CancellationToken ct)
    {
        var reviewers = await db.UsersInRole(Roles.IndependentReviewer).Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(ct);
        var involved = await InvolvedAsync(r.EndorsementId, ct);
        return reviewers.OrderBy(u => u.DisplayName)
            .Select(u => new ReviewerChoice(u.Id, u.DisplayName, ReviewRules.Independence(u.Id, u.OrganisationId, involved, r.OrganisationId))).ToList();
    }

    /// <summary>Everyone whose account changed this assessment's record: endorsing, marking, releasing, re-marking.</summary>
    private async Task<HashSet<Guid>> InvolvedAsync(Guid endorsementId, CancellationToken ct)
    {
        var marks = db.ElementMarks.Where(m => m.EndorsementId == endorsementId).Select(m => (Guid?)m.Id);
        var releases = db.ResultReleases.Where(m => m.EndorsementId == endorsementId).Select(m => (Guid?)m.Id);
        var ids = await db.AuditEvents.Where(a => a.ActorUserId != null && (a.SubjectId == endorsementId || marks.Contains(a.SubjectId) || releases.Contains(a.SubjectId)))
            .Select(a => a.ActorUserId!.Value).Distinct().ToListAsync(ct);
        return [.. ids];
    }

    public async Task<List<(string Field, string Message)>> AssignAsync(Guid reviewId, string? reviewer, CancellationToken ct)
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(x => x.Id == reviewId, ct);
        if (r is null) return [("", "There is no such review")];
        if (r.State != ReviewState.AwaitingReviewer) return [("", "This review is not waiting for a reviewer")];
        var choices = await ReviewersAsync(r, ct);
        var chosen = Guid.TryParse(reviewer, out var id) ? choices.SingleOrDefault(c => c.UserId == id) : null;
        if (chosen is null) return [("Reviewer", "Select a reviewer")];
        if (chosen.NotIndependent is { } why) return [("Reviewer", why)];
        r.ReviewerUserId = chosen.UserId;
        r.ReviewerName = chosen.Name;
        r.AssignedAt = clock.GetUtcNow();
        r.State = ReviewState.UnderReview;
        db.Audit("ReviewRequest", r.Id, "Assigned", $"Assigned to {chosen.Name}, who was not involved before; decision due by {Date(r.DecisionDue!.Value)}", organisationId: r.OrganisationId);
        if (await db.Users.Where(u => u.Id == chosen.UserId).Select(u => u.Email).SingleAsync(ct) is { Length: > 0 } email)
            db.Email(clock, email, "An independent review has been assigned to you", $"Please decide by {Date(r.DecisionDue!.Value)}. Sign in and go to Reviews.");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Reviews assigned to this reviewer (the query filter scopes them to their own).</summary>
    /// The reviewer's account is outside every candidate's scope; their assignment is what lets them read the name.
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> AssignedAsync(Guid reviewerUserId, CancellationToken ct) =>
        (await db.ReviewRequests.AsNoTracking().Where(r => r.ReviewerUserId == reviewerUserId)
            .Join(db.SocialWorkers.IgnoreQueryFilters(), r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p })
            .OrderBy(x => x.r.DecisionDue).ToListAsync(ct)).Select(x => (x.r, x.p)).ToList();

    /// <summary>The case a reviewer re-examines: only the reviewer it is assigned to (or the programme) reaches it.</summary>
    public async Task<ReviewCase?> CaseAsync(Guid reviewId, Guid? reviewerUserId, CancellationToken ct)
    {
        var r = await db.ReviewRequests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == reviewId && (reviewerUserId == null || x.ReviewerUserId == reviewerUserId), ct);
        if (r is null) return null;
        // The reviewer's own account is outside every candidate's scope; the assignment checked above is what lets them read.
        var e = await db.Endorsements.IgnoreQueryFilters().AsNoTracking().Include(x => x.Organisation).SingleAsync(x => x.Id == r.EndorsementId, ct);
        var person = await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        var release = await db.ResultReleases.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == r.ReleaseId, ct);
        var history = await db.ElementMarks.IgnoreQueryFilters().AsNoTracking().Where(m => m.EndorsementId == e.Id).OrderBy(m => m.Element).ThenBy(m => m.RecordedAt).ToListAsync(ct);
        var report = await reports.ForCaseAsync(e, ct);
        var evidence = await db.MarkEvidence.IgnoreQueryFilters().AsNoTracking().Where(x => x.EndorsementId == e.Id).OrderBy(x => x.Element).ThenBy(x => x.UploadedAt).ToListAsync(ct);
        return new ReviewCase(r, person, e, release, report, history, e.Organisation!.Name, evidence);
    }

    /// <summary>The reviewer's decision, with reasons the candidate reads. A re-mark supersedes the element's mark and
    /// re-releases the outcome (awarding the status if every element now passes); a fresh attempt sets the release
    /// aside and opens a new attempt at the chosen elements, keeping the others, without a new endorsement.</summary>
    public async Task<List<(string Field, string Message)>> DecideAsync(Guid reviewId, Guid reviewerUserId, string? decision, string? reasons,
        string? element, string? score, IReadOnlyList<string> freshElements, CancellationToken ct)
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(x => x.Id == reviewId && x.ReviewerUserId == reviewerUserId, ct);
        if (r is null) return [("", "There is no such review assigned to you")];
        if (r.State != ReviewState.UnderReview) return [("", "This review has already been decided")];
        var problems = new List<(string, string)>();
        if (!Enum.TryParse<ReviewDecision>(decision, out var d) || !Enum.IsDefined(d)) problems.Add(("Decision", "Select your decision"));
        if (string.IsNullOrWhiteSpace(reasons)) problems.Add(("Reasons", "Enter the reasons for your decision: the social worker and their employer read them"));
        else if (reasons.Trim().Length > 4000) problems.Add(("Reasons", "Your reasons must be 4,000 characters or fewer"));
        var endorsement = await db.Endorsements.IgnoreQueryFilters().SingleAsync(x => x.Id == r.EndorsementId, ct);
        var marks = await db.ElementMarks.IgnoreQueryFilters().Where(m => m.EndorsementId == endorsement.Id && m.SupersededAt == null).ToListAsync(ct);
        ElementMark? remark = null;
        decimal newScore = 0;
        if (d == ReviewDecision.Remarked)
        {
            remark = marks.SingleOrDefault(m => m.Element == element);
            if (remark is null) problems.Add(("Element", "Select the element you re-marked"));
            if (string.IsNullOrWhiteSpace(score)) problems.Add(("Score", "Enter the new score"));
            else if (!decimal.TryParse(score.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out newScore) || newScore < 0 || (remark is not null && newScore > remark.Max))
                problems.Add(("Score", remark is null ? "The new score must be a number, like 42 or 42.5" : $"The new score must be a number from 0 to {remark.Max:0.##}, the marks available"));
            else if (remark is not null && newScore == remark.Score) problems.Add(("Score", "The new score is the same as the old one. If the result stands, choose that decision instead"));
        }
        var elements = (await results.ElementsAsync(endorsement.Level, ct)).Select(x => x.Kind).ToList();
        if (d == ReviewDecision.FreshAttempt && (freshElements.Count == 0 || freshElements.Any(x => !elements.Contains(x))))
            problems.Add(("FreshElements", "Select which elements are taken again"));
        if (problems.Count > 0) return problems;

        var person = await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        r.Decision = d;
        r.DecisionReasons = reasons!.Trim();
        r.DecidedAt = clock.GetUtcNow();
        r.State = ReviewState.Decided;
        db.Audit("ReviewRequest", r.Id, "Decided", $"Independent review decided: {d.Words()}", r.DecisionReasons, organisationId: r.OrganisationId);
        var release = await db.ResultReleases.IgnoreQueryFilters().SingleAsync(x => x.Id == r.ReleaseId, ct);
        var body = $"The independent reviewer has decided: {d.Words().ToLowerInvariant()}.\n\nTheir reasons:\n{r.DecisionReasons}\n\nSign in to see your results and what happens next.";
        switch (d)
        {
            case ReviewDecision.Upheld:
                db.Email(clock, person.Email, "The decision on your independent review", body);
                await db.SaveChangesAsync(ct);
                return [];
            case ReviewDecision.Remarked:
            {
                release.SupersededAt = clock.GetUtcNow();
                release.SupersededReason = "Re-marked on independent review";
                db.Audit("ResultRelease", release.Id, "Superseded", "Replaced after a re-mark on independent review", organisationId: r.OrganisationId);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                var marked = (await results.ViewAsync(endorsement.Id, ct, crossScope: true))!;
                // Same marks available and same pass mark: a pass mark used for a result is never changed.
                await results.AddMarkAsync(marked, remark!.Element, newScore, remark.Max, remark.PassMark, $"Re-marked on independent review by {r.ReviewerName}",
                    remark.KnowledgeAttemptId, db.Scope.ActorName, await policy.CurrentAsync(ct), ct, remark.Feedback);
                var view = (await results.ViewAsync(endorsement.Id, ct, crossScope: true))!;
                var (_, problem) = await results.ReleaseViewAsync(view, db.Scope.ActorName, "The decision on your independent review", body, ct);
                if (problem is not null) { await tx.RollbackAsync(ct); return [("", problem)]; }
                await tx.CommitAsync(ct);
                return [];
            }
            default:
            {
                release.SupersededAt = clock.GetUtcNow();
                release.SupersededReason = "Set aside on independent review: a fresh attempt was granted";
                db.Audit("ResultRelease", release.Id, "Superseded", "Set aside on independent review: a fresh attempt was granted", organisationId: r.OrganisationId);
                var chosen = elements.Where(freshElements.Contains).ToList();
                var fresh = new Endorsement
                {
                    SocialWorkerId = endorsement.SocialWorkerId, OrganisationId = endorsement.OrganisationId, Level = endorsement.Level, State = EndorsementState.Agreed,
                    Judgement = "A fresh attempt granted on independent review", Evidence = r.DecisionReasons, EligibilityAtEndorsement = "A fresh attempt granted on independent review (¶42)",
                    EndorsedAt = clock.GetUtcNow(), EndorsedBy = r.ReviewerName ?? "Independent reviewer", RespondedAt = clock.GetUtcNow(),
                    RetakeOfId = endorsement.Id, RetakeElements = chosen.Count == elements.Count ? null : Endorsement.ElementList(chosen),
                    // A fresh attempt is not a retake: it keeps whatever standing the reviewed attempt had.
                    SingleElementRetake = endorsement.SingleElementRetake, FreshAttemptReviewId = r.Id,
                };
                db.Endorsements.Add(fresh);
                db.Audit("Endorsement", fresh.Id, "FreshAttempt", $"A fresh attempt at {ResultsService.Taken(fresh)} granted on independent review", organisationId: r.OrganisationId);
                if (fresh.RetakeElements is not null) await results.CarryKeptMarksAsync(fresh, endorsement.Id, ct);
                db.Email(clock, person.Email, "The decision on your independent review", body);
                await db.SaveChangesAsync(ct);
                return [];
            }
        }
    }

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
