using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Reviews;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reviews;

/// <summary>The endorsing employer's view on a review request, within its deadline: supported, it goes to the
/// programme; not supported, it ends with the employer's reasons.</summary>
public sealed class EmployerViews(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    /// <summary>Reviews for the caller's organisation (the query filter scopes them), with each person's
    /// name.</summary> The person may have left the employer since; the review is still the employer's to answer.
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> ForEmployerAsync(
        Guid organisationId,
        CancellationToken ct
    ) =>
        (
            await db
                .ReviewRequests.AsNoTracking()
                .Where(r => r.OrganisationId == organisationId)
                .Join(db.SocialWorkers.IgnoreQueryFilters(), r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p })
                .OrderByDescending(x => x.r.RequestedAt)
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.p))
            .ToList();

    public async Task<(ReviewRequest Review, SocialWorker Person, Endorsement Endorsement)?> ForEmployerAsync(
        Guid organisationId,
        Guid reviewId,
        CancellationToken ct
    )
    {
        var r = await db
            .ReviewRequests.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == reviewId && x.OrganisationId == organisationId, ct);
        if (r is null)
            return null;
        var e = await db.Endorsements.AsNoTracking().SingleAsync(x => x.Id == r.EndorsementId, ct);
        var p = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(x => x.Id == r.SocialWorkerId, ct); // may have left: still the employer's review
        return (r, p, e);
    }

    /// <summary>The endorsing employer supports the request (it goes to the programme) or does not, with
    /// reasons.</summary>
    public async Task<List<(string Field, string Message)>> EmployerRespondAsync(
        Guid organisationId,
        Guid reviewId,
        string? support,
        string? statement,
        CancellationToken ct
    )
    {
        var r = await db.ReviewRequests.SingleOrDefaultAsync(
            x => x.Id == reviewId && x.OrganisationId == organisationId,
            ct
        );
        if (r is null)
            return [("", "There is no such review")];
        var problems = new List<(string, string)>();
        if (r.State != ReviewState.AwaitingEmployer)
            problems.Add(("", "You have already given your view on this review"));
        if (support is not ("yes" or "no"))
            problems.Add(("Support", "Select whether you support the request"));
        if (string.IsNullOrWhiteSpace(statement))
            problems.Add(
                (
                    "EmployerStatement",
                    support == "no"
                        ? "Enter why you do not support the request: the social worker reads this"
                        : "Enter your view of their practice and of what happened"
                )
            );
        else if (statement.Trim().Length > 4000)
            problems.Add(("EmployerStatement", "Your view must be 4,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        r.EmployerStatement = statement!.Trim();
        r.EmployerRespondedAt = clock.GetUtcNow();
        r.EmployerRespondedBy = db.Scope.ActorName;
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        if (support == "yes")
        {
            r.State = ReviewState.AwaitingReviewer;
            r.AssignDue = ReviewRules.AssignDue(today, rules.Review);
            r.DecisionDue = ReviewRules.DecisionDue(today, rules.Review);
            db.Record(
                new ReviewEmployerResponded(r.Id, r.SocialWorkerId, true, r.EmployerStatement, r.DecisionDue),
                organisationId
            );
            db.Email(
                clock,
                person.Email,
                "Your employer supports your review",
                $"Your employer supports your request for an independent review. A reviewer who was not involved in your assessment will decide by {Clock.UkDate(r.DecisionDue.Value)}."
            );
        }
        else
        {
            r.State = ReviewState.NotSupported;
            db.Record(
                new ReviewEmployerResponded(r.Id, r.SocialWorkerId, false, r.EmployerStatement, null),
                organisationId
            );
            db.Email(
                clock,
                person.Email,
                "Your employer does not support your review",
                "Your employer does not support your request for an independent review. Sign in to read their reasons. You can talk to them about a development plan and when you might be ready to take the assessment again."
            );
        }
        await db.SaveChangesAsync(ct);
        return [];
    }
}
