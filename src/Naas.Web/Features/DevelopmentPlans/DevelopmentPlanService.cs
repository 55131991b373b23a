using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Results;
using Naas.Web.Features.Reports;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>A plan as either party sees it: the goals, the report's areas for development it started from, and who
/// has agreed. Suggested are the areas the report names for development (knowledge areas below the line, elements
/// not passed); Areas every area and element a goal may be about.</summary>
public sealed record PlanView(
    DevelopmentPlan? Plan,
    Guid EndorsementId,
    string Name,
    string Employer,
    IReadOnlyList<string> Suggested,
    IReadOnlyList<string> Areas
)
{
    public bool Agreed => Plan is { CandidateAgreedAt: not null, EmployerAgreedAt: not null };
}

/// <summary>A page with the progress form (the social worker's and the employer's), for the shared partial.</summary>
public interface IPlanProgressForm
{
    PlanView? View { get; }
    string? Goal { get; set; }
    string? Progress { get; set; }
    string? Note { get; set; }
}

/// <summary>Development plans after an assessment (¶34, ¶41): the social worker drafts goals from their report's areas
/// for development and sends the plan to the endorsing employer, who agrees it or asks for changes; once both have
/// agreed, either records progress. Changing the goals after agreement needs both to agree again. The employer sees a
/// plan only once it is sent (the query filter), and never the report behind it without the report's own
/// consent.</summary>
public sealed class DevelopmentPlanService(NaasDbContext db, ReportService reports, TimeProvider clock)
{
    public static readonly string[] Progresses = ["NotStarted", "InProgress", "Achieved"];

    public static string Words(string progress) =>
        progress switch
        {
            "NotStarted" => "Not started",
            "InProgress" => "In progress",
            "Achieved" => "Achieved",
            _ => progress,
        };

    public async Task<PlanView?> ForCandidateAsync(Guid socialWorkerId, Guid endorsementId, CancellationToken ct)
    {
        var report = await reports.ForCandidateAsync(socialWorkerId, endorsementId, ct);
        if (report is null)
            return null; // no released results: nothing to plan from
        var plan = await db
            .DevelopmentPlans.Include(p => p.Goals)
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.EndorsementId == endorsementId && p.SocialWorkerId == socialWorkerId, ct);
        return View(plan, report);
    }

    private static PlanView View(DevelopmentPlan? plan, AssessmentReport report)
    {
        var suggested = report
            .KnowledgeAreas.Where(a => a.ForDevelopment)
            .Select(a => a.Area)
            .Concat(report.Elements.Where(e => e.Result != ElementResult.Pass).Select(e => Label(e.Element)))
            .ToList();
        var areas = suggested
            .Concat(report.KnowledgeAreas.Select(a => a.Area))
            .Concat(report.Elements.Select(e => Label(e.Element)))
            .Distinct()
            .ToList();
        if (plan is not null)
            plan.Goals = plan.Goals.OrderBy(g => g.TargetDate).ThenBy(g => g.Area).ToList();
        return new PlanView(plan, report.EndorsementId, report.Name, report.Employer, suggested, areas);
    }

    /// <summary>An element's kind as words: SimulatedObservation becomes "Simulated observation".</summary>
    public static string Label(string element) =>
        System.Text.RegularExpressions.Regex.Replace(
            element,
            "(?<=[a-z])([A-Z])",
            m => " " + m.Value.ToLowerInvariant()
        );

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

    /// <summary>Progress on a goal of an agreed plan, by the social worker (organisationId null) or the
    /// employer.</summary>
    public async Task<List<(string Field, string Message)>> ProgressAsync(
        Guid planId,
        Guid? socialWorkerId,
        Guid? organisationId,
        string? goal,
        string? progress,
        string? note,
        string actor,
        CancellationToken ct
    )
    {
        var plan = await db
            .DevelopmentPlans.Include(p => p.Goals)
            .SingleOrDefaultAsync(
                p =>
                    p.Id == planId
                    && (
                        socialWorkerId != null
                            ? p.SocialWorkerId == socialWorkerId
                            : p.OrganisationId == organisationId && p.SharedAt != null
                    ),
                ct
            );
        if (plan is null)
            return [("", "There is no such plan")];
        if (plan.CandidateAgreedAt is null || plan.EmployerAgreedAt is null)
            return [("", "Progress is recorded once you have both agreed the plan")];
        var problems = new List<(string, string)>();
        var g = Guid.TryParse(goal, out var id) ? plan.Goals.SingleOrDefault(x => x.Id == id) : null;
        if (g is null)
            problems.Add(("Goal", "Select the goal"));
        if (progress is null || !Progresses.Contains(progress))
            problems.Add(("Progress", "Select how far the goal has got"));
        if (note?.Trim().Length > 2000)
            problems.Add(("Note", "The note must be 2,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var was = g!.Progress;
        g.Progress = progress!;
        g.ProgressNote = string.IsNullOrWhiteSpace(note) ? g.ProgressNote : note.Trim();
        g.UpdatedAt = clock.GetUtcNow();
        g.UpdatedBy = actor;
        db.Record(new GoalProgressed(g.Id, plan.Id, plan.SocialWorkerId, g.Area, was, g.Progress), plan.OrganisationId);
        await db.SaveChangesAsync(ct);
        return [];
    }
}
