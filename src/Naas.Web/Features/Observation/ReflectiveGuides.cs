using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Observation;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Observation;

/// <summary>The programme's reflective conversation guides: each status's versions, and a new version published from
/// a checked draft, never changing one that may have been used.</summary>
public sealed class ReflectiveGuides(NaasDbContext db, TimeProvider clock)
{
    public Task<List<ReflectiveGuide>> AllAsync(CancellationToken ct) =>
        db
            .ReflectiveGuides.AsNoTracking()
            .Include(g => g.Criteria)
            .OrderBy(g => g.Level)
            .ThenByDescending(g => g.Version)
            .ToListAsync(ct);

    public async Task<(
        ReflectiveGuide? Published,
        IReadOnlyList<(string Field, string Message)> Problems
    )> PublishAsync(StatusLevel? level, ReflectiveGuideDraft draft, CancellationToken ct)
    {
        var problems = draft.Validate().ToList();
        if (level is not (StatusLevel.Practitioner or StatusLevel.Supervisor or StatusLevel.Leader))
            problems.Insert(0, ("Level", "Select the status the guide is for"));
        if (problems.Count > 0)
            return (null, problems);
        var version =
            1 + (await db.ReflectiveGuides.Where(g => g.Level == level).MaxAsync(g => (int?)g.Version, ct) ?? 0);
        var guide = new ReflectiveGuide
        {
            Level = level!.Value,
            Version = version,
            Title = draft.Title!.Trim(),
            Prompts = string.Join("\n", draft.PromptLines),
            Minutes = draft.Minutes!.Value,
            PublishedAt = clock.GetUtcNow(),
            Criteria = draft
                .Criteria.Where(c => !c.IsBlank)
                .Select(
                    (c, i) =>
                        new ReflectiveCriterion
                        {
                            Number = i + 1,
                            Text = c.Text!.Trim(),
                            MaxMarks = c.MaxMarks!.Value,
                            Guidance = c.Guidance!.Trim(),
                        }
                )
                .ToList(),
        };
        db.ReflectiveGuides.Add(guide);
        db.Record(new ReflectiveGuidePublished(guide.Id, guide.Level, version, guide.Title));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return (null, [("", "Another version was published a moment ago: check the list and try again")]);
        }
        return (guide, []);
    }
}
