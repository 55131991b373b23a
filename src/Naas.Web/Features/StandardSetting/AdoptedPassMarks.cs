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

    /// <summary>The pass mark in force for a rated element and status with the marks available in the exercise that
    /// set it (the sum of its criteria's maxima), so that a mark out of a different total can be scaled to
    /// it.</summary>
    public async Task<(decimal PassMark, decimal OutOf)?> WithScaleAsync(
        string element,
        StatusLevel level,
        CancellationToken ct
    )
    {
        var adopted = await db
            .StandardSettingExercises.AsNoTracking()
            .Where(x => x.Element == element && x.Level == level && x.AdoptedAt != null)
            .OrderByDescending(x => x.AdoptedAt)
            .Select(x => new { x.AdoptedPassMark, x.Criteria })
            .FirstOrDefaultAsync(ct);
        if (adopted?.AdoptedPassMark is not { } mark)
            return null;
        return (mark, ExerciseSetup.ParseCriteria(adopted.Criteria, out _).Sum(c => c.Max));
    }
}
