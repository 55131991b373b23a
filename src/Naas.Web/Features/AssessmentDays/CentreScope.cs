using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>What a centre coordinator may see and do: the simulations of the days the programme gave them, at a centre
/// or remote. Sessions are read across the candidate's scope (a coordinator is in no candidate's scope), so this is
/// the scope: every coordinator's page and upload goes through it.</summary>
public static class CentreScope
{
    public static IQueryable<SimulationSession> RunBy(this IQueryable<SimulationSession> sessions, Guid userId) =>
        sessions.Where(s => s.Day!.CoordinatorUserIds.Contains(userId));

    /// <summary>Whether this coordinator runs this simulation's day.</summary>
    public static Task<bool> RunsAsync(this NaasDbContext db, Guid sessionId, Guid userId, CancellationToken ct) =>
        db.SimulationSessions.IgnoreQueryFilters().RunBy(userId).AnyAsync(s => s.Id == sessionId, ct);
}
