using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Infrastructure;

/// <summary>Server-side state for a multi-page journey, per user and organisation, so a user can leave and come
/// back and nothing they typed is lost between pages.</summary>
public static class Journeys
{
    public static async Task<T?> LoadJourneyAsync<T>(this NaasDbContext db, string kind, Guid userId, CancellationToken ct) where T : class
    {
        var row = await db.JourneyStates.AsNoTracking().Where(j => j.Kind == kind && j.UserId == userId && j.OrganisationId == db.Scope.OrganisationId)
            .OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(ct);
        return row is null ? null : JsonSerializer.Deserialize<T>(row.Payload);
    }

    public static async Task SaveJourneyAsync<T>(this NaasDbContext db, string kind, Guid userId, T state, TimeProvider clock, CancellationToken ct)
    {
        var row = await db.JourneyStates.Where(j => j.Kind == kind && j.UserId == userId && j.OrganisationId == db.Scope.OrganisationId).FirstOrDefaultAsync(ct);
        if (row is null)
            db.JourneyStates.Add(new JourneyState { Kind = kind, UserId = userId, OrganisationId = db.Scope.OrganisationId, Payload = JsonSerializer.Serialize(state), CreatedAt = clock.GetUtcNow() });
        else row.Payload = JsonSerializer.Serialize(state);
        await db.SaveChangesAsync(ct);
    }

    public static async Task ClearJourneyAsync(this NaasDbContext db, string kind, Guid userId, CancellationToken ct) =>
        await db.JourneyStates.Where(j => j.Kind == kind && j.UserId == userId).ExecuteDeleteAsync(ct);
}
