using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.Reports;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>Development plans after an assessment (¶34, ¶41), the social worker's part: they draft goals from
/// their report's areas for development and send the plan to the endorsing employer. Changing the goals after
/// agreement needs both to agree again.</summary>
public sealed class PlanDrafting(NaasDbContext db, ReportService reports, TimeProvider clock)
{
    public async Task<PlanView?> ForCandidateAsync(Guid socialWorkerId, Guid endorsementId, CancellationToken ct)
    {
        var report = await reports.ForCandidateAsync(socialWorkerId, endorsementId, ct);
        if (report is null)
            return null; // no released results: nothing to plan from
        var plan = await db
            .DevelopmentPlans.Include(p => p.Goals)
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.EndorsementId == endorsementId && p.SocialWorkerId == socialWorkerId, ct);
        return PlanTerms.View(plan, report);
    }

    public async Task<List<(string Field, string Message)>> AddGoalAsync(
        Guid socialWorkerId,
        Guid endorsementId,
        string? area,
        string? action,
        string? support,
        DateInput by,
        string actor,
        CancellationToken ct
    )
    {
        var view = await ForCandidateAsync(socialWorkerId, endorsementId, ct);
        if (view is null)
            return [("", "There are no released results to plan from")];
        var problems = new List<(string, string)>();
        if (area is null || !view.Areas.Contains(area))
            problems.Add(("Area", "Select the area this goal is about"));
        if (string.IsNullOrWhiteSpace(action))
            problems.Add(("Action", "Enter what you will do"));
        else if (action.Trim().Length > 2000)
            problems.Add(("Action", "What you will do must be 2,000 characters or fewer"));
        if (support?.Trim().Length > 2000)
            problems.Add(("Support", "The support you need must be 2,000 characters or fewer"));
        var today = clock.Today();
        if (!by.TryGet("The date", true, out var target, out var error))
            problems.Add(("By", error!));
        else if (target <= today)
            problems.Add(("By", "The date must be in the future"));
        else if (target > today.AddYears(3))
            problems.Add(("By", "The date must be within 3 years"));
        if (problems.Count > 0)
            return problems;

        var plan = await db
            .DevelopmentPlans.Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.EndorsementId == endorsementId && p.SocialWorkerId == socialWorkerId, ct);
        if (plan is null)
        {
            var e = await db
                .Endorsements.AsNoTracking()
                .SingleAsync(x => x.Id == endorsementId && x.SocialWorkerId == socialWorkerId, ct);
            plan = new DevelopmentPlan
            {
                EndorsementId = endorsementId,
                SocialWorkerId = socialWorkerId,
                OrganisationId = e.OrganisationId,
                CreatedAt = clock.GetUtcNow(),
            };
            db.DevelopmentPlans.Add(plan);
            db.Record(new PlanStarted(plan.Id, socialWorkerId, endorsementId));
        }
        var goal = new DevelopmentGoal
        {
            PlanId = plan.Id,
            Area = area!,
            Action = action!.Trim(),
            Support = string.IsNullOrWhiteSpace(support) ? null : support.Trim(),
            TargetDate = target!.Value,
            Progress = "NotStarted",
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = actor,
        };
        plan.Goals.Add(goal);
        db.Record(
            new GoalAdded(goal.Id, plan.Id, plan.SocialWorkerId, goal.Area, goal.TargetDate),
            plan.OrganisationId
        );
        Unagree(plan, "a goal was added");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<string?> RemoveGoalAsync(Guid socialWorkerId, Guid goalId, CancellationToken ct)
    {
        var goal = await db
            .DevelopmentGoals.Include(g => g.Plan)
            .SingleOrDefaultAsync(g => g.Id == goalId && g.Plan!.SocialWorkerId == socialWorkerId, ct);
        if (goal is null)
            return "There is no such goal in your plan";
        db.DevelopmentGoals.Remove(goal);
        db.Record(new GoalRemoved(goal.Id, goal.PlanId, socialWorkerId, goal.Area), goal.Plan!.OrganisationId);
        Unagree(goal.Plan, "a goal was removed");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A change to what was agreed needs both to agree again; recorded in the audit trail with the
    /// change.</summary>
    private void Unagree(DevelopmentPlan plan, string why)
    {
        if (plan.CandidateAgreedAt is null && plan.EmployerAgreedAt is null)
            return;
        plan.CandidateAgreedAt = null;
        plan.EmployerAgreedAt = null;
        plan.EmployerAgreedBy = null;
        db.Record(new PlanAgreementCleared(plan.Id, plan.SocialWorkerId, why), plan.OrganisationId);
    }

    /// <summary>The social worker agrees their plan and sends it to the endorsing employer, who can then see
    /// it.</summary>
    public async Task<string?> SendAsync(Guid socialWorkerId, Guid endorsementId, CancellationToken ct)
    {
        var plan = await db
            .DevelopmentPlans.Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.EndorsementId == endorsementId && p.SocialWorkerId == socialWorkerId, ct);
        if (plan is null || plan.Goals.Count == 0)
            return "Add at least one goal before you send your plan";
        if (plan.CandidateAgreedAt is not null)
            return "You have already sent this plan to your employer";
        plan.SharedAt ??= clock.GetUtcNow();
        plan.CandidateAgreedAt = clock.GetUtcNow();
        plan.EmployerComment = null;
        db.Record(new PlanSentToEmployer(plan.Id, socialWorkerId, plan.Goals.Count), plan.OrganisationId);
        foreach (var email in await db.OrganisationEmailsAsync([plan.OrganisationId], ct))
            db.Email(
                clock,
                email,
                "A development plan to agree",
                "A social worker you endorsed has sent you their development plan to agree. Sign in and go to Development plans."
            );
        await db.SaveChangesAsync(ct);
        return null;
    }
}
