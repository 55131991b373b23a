using Microsoft.EntityFrameworkCore;
using Naas.Data;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>Progress on an agreed plan's goals, recorded by either party, audited.</summary>
public sealed class PlanProgress(NaasDbContext db, TimeProvider clock)
{
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
        if (progress is null || !PlanTerms.Progresses.Contains(progress))
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
