using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Reviews;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>A reviewer the programme may assign, and why not where they are not independent.</summary>
public sealed record ReviewerChoice(Guid UserId, string Name, string? NotIndependent);

/// <summary>The programme's list of reviews with their deadlines, and the assignment of a reviewer who had no part
/// in the assessment and does not work for the endorsing employer.</summary>
public sealed class ReviewerAssignment(NaasDbContext db, TimeProvider clock)
{
    /// <summary>Every review for the programme, oldest deadline first.</summary>
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> AllAsync(CancellationToken ct) =>
        (
            await db
                .ReviewRequests.AsNoTracking()
                .Join(db.SocialWorkers, r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p })
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.p))
            .OrderBy(x => x.r.State is ReviewState.Decided or ReviewState.NotSupported)
            .ThenBy(x => x.r.DecisionDue ?? x.r.EmployerDue)
            .ToList();

    /// <summary>Whether a step is past its deadline, for the programme's list.</summary>
    public bool Overdue(ReviewRequest r) =>
        clock.Today()
        > (
            r.State switch
            {
                ReviewState.AwaitingEmployer => r.EmployerDue,
                ReviewState.AwaitingReviewer => r.AssignDue!.Value,
                ReviewState.UnderReview => r.DecisionDue!.Value,
                _ => DateOnly.MaxValue,
            }
        );

    /// <summary>Users with the reviewer role, each with why they may not review this one (involved before, or from the
    /// endorsing employer).</summary>
    public async Task<List<ReviewerChoice>> ReviewersAsync(ReviewRequest r, CancellationToken ct)
    {
        var reviewers = await db.UsersInRole(Roles.IndependentReviewer)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.OrganisationId,
            })
            .ToListAsync(ct);
        var involved = await InvolvedAsync(r.EndorsementId, ct);
        return reviewers
            .OrderBy(u => u.DisplayName)
            .Select(u => new ReviewerChoice(
                u.Id,
                u.DisplayName,
                ReviewRules.Independence(u.Id, u.OrganisationId, involved, r.OrganisationId)
            ))
            .ToList();
    }

    /// <summary>Everyone whose account changed this assessment's record: endorsing, marking, releasing,
    /// re-marking.</summary>
    private async Task<HashSet<Guid>> InvolvedAsync(Guid endorsementId, CancellationToken ct)
    {
        var marks = db.ElementMarks.Where(m => m.EndorsementId == endorsementId).Select(m => (Guid?)m.Id);
        var releases = db.ResultReleases.Where(m => m.EndorsementId == endorsementId).Select(m => (Guid?)m.Id);
        var ids = await db
            .AuditEvents.Where(a =>
                a.ActorUserId != null
                && (a.SubjectId == endorsementId || marks.Contains(a.SubjectId) || releases.Contains(a.SubjectId))
            )
            .Select(a => a.ActorUserId!.Value)
            .Distinct()
            .ToListAsync(ct);
        return [.. ids];
    }

    public async Task<List<(string Field, string Message)>> AssignAsync(
        Guid reviewId,
        string? reviewer,
        CancellationToken ct
    )
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(x => x.Id == reviewId, ct);
        if (r is null)
            return [("", "There is no such review")];
        if (r.State != ReviewState.AwaitingReviewer)
            return [("", "This review is not waiting for a reviewer")];
        var choices = await ReviewersAsync(r, ct);
        var chosen = Guid.TryParse(reviewer, out var id) ? choices.SingleOrDefault(c => c.UserId == id) : null;
        if (chosen is null)
            return [("Reviewer", "Select a reviewer")];
        if (chosen.NotIndependent is { } why)
            return [("Reviewer", why)];
        r.ReviewerUserId = chosen.UserId;
        r.ReviewerName = chosen.Name;
        r.AssignedAt = clock.GetUtcNow();
        r.State = ReviewState.UnderReview;
        db.Record(
            new ReviewerAssigned(r.Id, r.SocialWorkerId, chosen.UserId, chosen.Name, r.DecisionDue!.Value),
            r.OrganisationId
        );
        if (
            await db.Users.Where(u => u.Id == chosen.UserId).Select(u => u.Email).SingleAsync(ct) is
            { Length: > 0 } email
        )
            db.Email(
                clock,
                email,
                "An independent review has been assigned to you",
                $"Please decide by {Clock.UkDate(r.DecisionDue!.Value)}. Sign in and go to Reviews."
            );
        await db.SaveChangesAsync(ct);
        return [];
    }
}
