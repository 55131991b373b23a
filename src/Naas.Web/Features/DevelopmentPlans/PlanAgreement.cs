using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>The employer's part of a development plan: the plans sent to it (the query filter shows no other), and
/// its agreement or request for changes. It never sees the report behind a plan without the report's own
/// consent.</summary>
public sealed class PlanAgreement(NaasDbContext db, TimeProvider clock)
{
    /// <summary>Plans sent to this employer (the query filter shows only those).</summary>
    public async Task<List<(DevelopmentPlan Plan, SocialWorker Person)>> ForEmployerAsync(
        Guid organisationId,
        CancellationToken ct
    ) =>
        (
            await db
                .DevelopmentPlans.AsNoTracking()
                .Include(p => p.Goals)
                .Where(p => p.OrganisationId == organisationId && p.SharedAt != null)
                .Join(db.SocialWorkers.IgnoreQueryFilters(), p => p.SocialWorkerId, s => s.Id, (p, s) => new { p, s })
                .OrderByDescending(x => x.p.SharedAt)
                .ToListAsync(ct)
        )
            .Select(x => (x.p, x.s))
            .ToList();

    /// <summary>One sent plan, for its employer; null for anyone else's id. The report behind it is not included: that
    /// needs the report's own consent.</summary>
    public async Task<PlanView?> ForEmployerAsync(Guid organisationId, Guid planId, CancellationToken ct)
    {
        var plan = await db
            .DevelopmentPlans.AsNoTracking()
            .Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.Id == planId && p.OrganisationId == organisationId && p.SharedAt != null, ct);
        if (plan is null)
            return null;
        // The plan was sent to this employer (checked above): that is what lets it read the name and the areas.
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == plan.SocialWorkerId, ct);
        var employer = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => o.Name)
            .SingleAsync(ct);
        plan.Goals = plan.Goals.OrderBy(g => g.TargetDate).ThenBy(g => g.Area).ToList();
        return new PlanView(
            plan,
            plan.EndorsementId,
            person.FullName,
            employer,
            [],
            plan.Goals.Select(g => g.Area).Distinct().ToList()
        );
    }

    public async Task<List<(string Field, string Message)>> EmployerRespondAsync(
        Guid organisationId,
        Guid planId,
        string? agree,
        string? comment,
        string actor,
        CancellationToken ct
    )
    {
        var plan = await db.DevelopmentPlans.SingleOrDefaultAsync(
            p => p.Id == planId && p.OrganisationId == organisationId && p.SharedAt != null,
            ct
        );
        if (plan is null)
            return [("", "There is no such plan")];
        if (plan.CandidateAgreedAt is null)
            return [("", "The social worker is changing this plan. You can respond once they send it again")];
        if (plan.EmployerAgreedAt is not null)
            return [("", "You have already agreed this plan")];
        if (agree is not ("yes" or "no"))
            return [("Agree", "Select whether you agree this plan")];
        if (agree == "no" && string.IsNullOrWhiteSpace(comment))
            return [("Comment", "Enter what you would like changed")];
        if (comment?.Trim().Length > 4000)
            return [("Comment", "Your comment must be 4,000 characters or fewer")];
        var candidate = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(p => p.Id == plan.SocialWorkerId)
            .Select(p => p.Email)
            .SingleAsync(ct);
        if (agree == "yes")
        {
            plan.EmployerAgreedAt = clock.GetUtcNow();
            plan.EmployerAgreedBy = actor;
            plan.EmployerComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            db.Record(
                new PlanEmployerResponded(plan.Id, plan.SocialWorkerId, true, plan.EmployerComment),
                organisationId
            );
            if (candidate is { Length: > 0 })
                db.Email(
                    clock,
                    candidate,
                    "Your development plan is agreed",
                    "Your employer has agreed your development plan. You can both record progress against it."
                );
        }
        else
        {
            plan.CandidateAgreedAt = null; // back to the social worker to change
            plan.EmployerComment = comment!.Trim();
            db.Record(
                new PlanEmployerResponded(plan.Id, plan.SocialWorkerId, false, plan.EmployerComment),
                organisationId
            );
            if (candidate is { Length: > 0 })
                db.Email(
                    clock,
                    candidate,
                    "Your employer has asked for changes to your development plan",
                    $"Your employer said: {plan.EmployerComment}"
                );
        }
        await db.SaveChangesAsync(ct);
        return [];
    }
}
