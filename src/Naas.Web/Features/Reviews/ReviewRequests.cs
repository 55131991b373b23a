using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Reviews;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>A social worker's request for an independent review (¶42): whether they may ask, the request with its
/// ground and statement (the employer is asked for its view by email), and their own requests.</summary>
public sealed class ReviewRequests(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    /// <summary>The current release of an assessment the social worker may ask about, with any review already
    /// asked.</summary>
    public async Task<(ResultRelease? Release, ReviewRequest? Existing, string? Refusal)> EligibilityAsync(
        Guid socialWorkerId,
        Guid endorsementId,
        CancellationToken ct
    )
    {
        var release = await db
            .ResultReleases.AsNoTracking()
            .SingleOrDefaultAsync(
                r => r.EndorsementId == endorsementId && r.SocialWorkerId == socialWorkerId && r.SupersededAt == null,
                ct
            );
        if (release is null)
            return (null, null, null);
        var existing = await db
            .ReviewRequests.AsNoTracking()
            .Where(r => r.EndorsementId == endorsementId && r.SocialWorkerId == socialWorkerId)
            .OrderByDescending(r => r.RequestedAt)
            .FirstOrDefaultAsync(ct);
        var rules = await policy.CurrentAsync(ct);
        var refusal = ReviewRules.CanRequest(
            release.Outcome,
            Clock.UkDay(release.ReleasedAt),
            clock.Today(),
            rules.Review,
            existing is not null
        );
        return (release, existing, refusal);
    }

    public async Task<(ReviewRequest? Review, List<(string Field, string Message)> Problems)> RequestAsync(
        Guid socialWorkerId,
        Guid endorsementId,
        string? ground,
        string? statement,
        CancellationToken ct
    )
    {
        var (release, _, refusal) = await EligibilityAsync(socialWorkerId, endorsementId, ct);
        if (release is null)
            return (null, [("", "There are no released results for this assessment")]);
        var problems = new List<(string, string)>();
        if (refusal is not null)
            problems.Add(("", refusal));
        if (!Enum.TryParse<ReviewGround>(ground, out var g) || !Enum.IsDefined(g))
            problems.Add(("Ground", "Select why you are asking for a review"));
        if (string.IsNullOrWhiteSpace(statement))
            problems.Add(("Statement", "Tell us what happened and why you think the result should be looked at again"));
        else if (statement.Trim().Length > 4000)
            problems.Add(("Statement", "Your statement must be 4,000 characters or fewer"));
        if (problems.Count > 0)
            return (null, problems);
        var endorsement = await db.Endorsements.AsNoTracking().SingleAsync(e => e.Id == endorsementId, ct);
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        var review = new ReviewRequest
        {
            EndorsementId = endorsementId,
            ReleaseId = release.Id,
            SocialWorkerId = socialWorkerId,
            OrganisationId = endorsement.OrganisationId,
            Ground = g,
            Statement = statement!.Trim(),
            RequestedAt = clock.GetUtcNow(),
            EmployerDue = ReviewRules.EmployerDue(today, rules.Review),
        };
        db.ReviewRequests.Add(review);
        db.Record(new ReviewRequested(review.Id, socialWorkerId, release.Id, g), endorsement.OrganisationId);
        foreach (var email in await db.OrganisationEmailsAsync([endorsement.OrganisationId], ct))
            db.Email(
                clock,
                email,
                "A social worker has asked for an independent review",
                $"One of your social workers has asked for an independent review of their {endorsement.Level.Name()} results. "
                    + $"Give your view by {Clock.UkDate(review.EmployerDue)}: sign in and go to Reviews."
            );
        // Two requests at the same instant (a double click, two tabs): the unique index keeps one; the other is told
        // why.
        if (!await db.SaveOrSettleAsync(() => Task.FromResult(false), ct))
        {
            var (_, _, now) = await EligibilityAsync(socialWorkerId, endorsementId, ct);
            return (null, [("", now ?? "You have already asked for a review of this result")]);
        }
        return (review, []);
    }

    public Task<List<ReviewRequest>> MineAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .ReviewRequests.AsNoTracking()
            .Where(r => r.SocialWorkerId == socialWorkerId)
            .OrderByDescending(r => r.RequestedAt)
            .ToListAsync(ct);
}
