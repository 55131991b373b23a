using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.StandardSetting;

/// <summary>The pass marks panels have set and the programme adopted: what every mark recorded for an element must
/// use.</summary>
public sealed class AdoptedPassMarks(NaasDbContext db)
{
    /// <summary>The pass mark in force for an element and status, if panels have set one.</summary>
    public async Task<decimal?> ForAsync(string element, StatusLevel level, CancellationToken ct) =>
        await db
            .StandardSettingExercises.AsNoTracking()
            .Where(x => x.Element == element && x.Level == level && x.AdoptedAt != null)
            .OrderByDescending(x => x.AdoptedAt)
            .Select(x => x.AdoptedPassMark)
            .FirstOrDefaultAsync(ct);
}
