using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Invigilation;

/// <summary>Centre coordinators see sittings to invigilate them; not answers, scores or adjustments' details.</summary>
public class InvigilationIndexModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    public sealed record Sitting(Guid Id, string Name, string RegistrationNumber, string Location, DateTimeOffset StartedAt, string State);
    public List<Sitting> Sittings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        // Invigilation looks across candidates by its nature; the role is checked by the folder's policy.
        var attempts = await db.KnowledgeAttempts.IgnoreQueryFilters().AsNoTracking().Where(a => a.StartedAt >= since)
            .OrderByDescending(a => a.StartedAt).Take(500).ToListAsync(ct);
        var ids = attempts.Select(a => a.SocialWorkerId).Distinct().ToList();
        var people = await db.SocialWorkers.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (Name: p.GivenName + " " + p.FamilyName, p.RegistrationNumber), ct);
        Sittings = attempts.Select(a => new Sitting(a.Id, people[a.SocialWorkerId].Name, people[a.SocialWorkerId].RegistrationNumber, a.Location, a.StartedAt,
            a.SubmittedAt is not null ? (a.TimedOut ? "Ended at time-out" : "Submitted") : a.BreakStartedAt is not null ? "On a rest break" : "In progress")).ToList();
    }
}
