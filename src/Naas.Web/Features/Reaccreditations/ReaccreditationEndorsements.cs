using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>The employer's part: the requests naming it, and its endorsement with a statement.</summary>
public sealed class ReaccreditationEndorsements(
    NaasDbContext db,
    ReaccreditationCompletion completion,
    TimeProvider clock
)
{
    /// <summary>Re-accreditations waiting for this employer's endorsement, with each person's name.</summary>
    public async Task<List<(Reaccreditation R, SocialWorker Person, Accreditation A)>> PendingForEmployerAsync(
        Guid organisationId,
        CancellationToken ct
    ) =>
        (
            await db
                .Reaccreditations.AsNoTracking()
                .Where(r =>
                    r.OrganisationId == organisationId
                    && r.CompletedAt == null
                    && r.ClosedAt == null
                    && r.EmployerEndorsedAt == null
                )
                .Join(
                    db.Accreditations.IgnoreQueryFilters().Include(a => a.SocialWorker),
                    r => r.AccreditationId,
                    a => a.Id,
                    (r, a) => new { r, a }
                )
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.a.SocialWorker!, x.a))
            .ToList();

    public async Task<List<(string Field, string Message)>> EndorseAsync(
        Guid organisationId,
        Guid reaccreditationId,
        string? statement,
        CancellationToken ct
    )
    {
        var r = await db.Reaccreditations.SingleOrDefaultAsync(
            x =>
                x.Id == reaccreditationId
                && x.OrganisationId == organisationId
                && x.CompletedAt == null
                && x.ClosedAt == null
                && x.EmployerEndorsedAt == null,
            ct
        );
        if (r is null)
            return [("", "There is no such re-accreditation waiting for you")];
        if (string.IsNullOrWhiteSpace(statement))
            return [("EmployerStatement", "Enter your judgement that their practice still meets the standard")];
        if (statement.Trim().Length > 4000)
            return [("EmployerStatement", "Your judgement must be 4,000 characters or fewer")];
        r.EmployerEndorsedAt = clock.GetUtcNow();
        r.EmployerEndorsedBy = db.Scope.ActorName;
        r.EmployerStatement = statement.Trim();
        db.Record(new ReaccreditationEndorsed(r.Id, r.SocialWorkerId), organisationId);
        await completion.CompleteIfReadyAsync(r, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }
}
