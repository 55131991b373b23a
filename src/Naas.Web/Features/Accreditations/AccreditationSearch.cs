using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.Accreditations;

/// <summary>The programme's look-ups of accreditations, within its query filter.</summary>
public sealed class AccreditationSearch(NaasDbContext db)
{
    /// <summary>The programme's search: by certificate number, registration number or surname.</summary>
    public async Task<List<Accreditation>> SearchAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
            return [];
        var term = q.Trim().ToUpperInvariant();
        var lower = q.Trim().ToLowerInvariant();
        return await db
            .Accreditations.AsNoTracking()
            .Include(a => a.SocialWorker)
            .Where(a =>
                a.CertificateNumber == term
                || a.SocialWorker!.RegistrationNumber == term
                || a.SocialWorker.FamilyName.ToLower() == lower
            )
            .OrderBy(a => a.SocialWorker!.FamilyName)
            .ThenByDescending(a => a.AwardedOn)
            .Take(100)
            .ToListAsync(ct);
    }

    /// <summary>The most recently awarded accreditations, for the programme's list before it searches.</summary>
    public Task<List<Accreditation>> LatestAsync(int count, CancellationToken ct) =>
        db
            .Accreditations.AsNoTracking()
            .Include(a => a.SocialWorker)
            .OrderByDescending(a => a.AwardedOn)
            .ThenBy(a => a.SocialWorker!.FamilyName)
            .Take(count)
            .ToListAsync(ct);

    public Task<Accreditation?> FindAsync(Guid id, CancellationToken ct) =>
        db.Accreditations.AsNoTracking().Include(a => a.SocialWorker).SingleOrDefaultAsync(a => a.Id == id, ct);
}
