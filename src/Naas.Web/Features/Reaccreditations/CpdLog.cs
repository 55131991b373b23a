using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>A social worker's log of continuing professional development (¶77), each entry against one area
/// of their status's standards.</summary>
public sealed class CpdLog(NaasDbContext db, TimeProvider clock)
{
    public Task<List<CpdEntry>> LogAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .CpdEntries.AsNoTracking()
            .Include(e => e.KnowledgeArea)
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .OrderByDescending(e => e.Date)
            .ToListAsync(ct);

    /// <summary>The standards' areas for the statuses the social worker holds, to log CPD against.</summary>
    public async Task<List<KnowledgeArea>> AreasAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var levels = await db
            .Accreditations.Where(a => a.SocialWorkerId == socialWorkerId && a.RevokedAt == null)
            .Select(a => a.Level)
            .Distinct()
            .ToListAsync(ct);
        return await db
            .KnowledgeAreas.AsNoTracking()
            .Where(k => db.Statuses.Any(s => s.Id == k.StatusId && levels.Contains(s.Level)))
            .OrderBy(k => k.StatusId)
            .ThenBy(k => k.Number)
            .ToListAsync(ct);
    }

    public async Task<List<(string Field, string Message)>> AddCpdAsync(
        Guid socialWorkerId,
        Infrastructure.GovUk.DateInput date,
        string? hours,
        string? area,
        string? description,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        var today = clock.Today();
        if (!date.TryGet("Date of the CPD", required: true, out var d, out var dateProblem))
            problems.Add(("Date", dateProblem!));
        else if (d > today)
            problems.Add(("Date", "The date of the CPD must be today or in the past"));
        if (string.IsNullOrWhiteSpace(hours))
            problems.Add(("Hours", "Enter the hours"));
        else if (
            !decimal.TryParse(hours.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var h)
            || h <= 0
            || h > 100
            || decimal.Round(h, 2) != h
        )
            problems.Add(("Hours", "Hours must be a number from 0.25 to 100, like 3 or 1.5"));
        var areas = await AreasAsync(socialWorkerId, ct);
        var chosen = Guid.TryParse(area, out var areaId) ? areas.SingleOrDefault(a => a.Id == areaId) : null;
        if (chosen is null)
            problems.Add(("Area", "Select the area of the standards this CPD develops"));
        if (string.IsNullOrWhiteSpace(description))
            problems.Add(("Description", "Describe what you did and what you learnt"));
        else if (description.Trim().Length > 2000)
            problems.Add(("Description", "The description must be 2,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var entry = new CpdEntry
        {
            SocialWorkerId = socialWorkerId,
            Date = d!.Value,
            Hours = decimal.Parse(hours!.Trim(), CultureInfo.InvariantCulture),
            KnowledgeAreaId = chosen!.Id,
            Description = description!.Trim(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.CpdEntries.Add(entry);
        db.Record(new CpdLogged(entry.Id, socialWorkerId, entry.Date, entry.Hours, chosen.Number));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
