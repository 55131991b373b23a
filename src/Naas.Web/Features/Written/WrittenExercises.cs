using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Domain.Written;

namespace Naas.Web.Features.Written;

/// <summary>The programme's written exercises: each status's versions, and a new version published from a checked
/// draft. A version is never changed once published (candidates may have sat it); the newest one not retired is the
/// one candidates start.</summary>
public sealed class WrittenExercises(NaasDbContext db, TimeProvider clock)
{
    public Task<List<WrittenExerciseVersion>> AllAsync(CancellationToken ct) =>
        db
            .WrittenExercises.AsNoTracking()
            .Include(x => x.Tasks)
            .Include(x => x.Criteria)
            .OrderBy(x => x.Level)
            .ThenByDescending(x => x.Version)
            .ToListAsync(ct);

    public async Task<(
        WrittenExerciseVersion? Published,
        IReadOnlyList<(string Field, string Message)> Problems
    )> PublishAsync(StatusLevel? level, WrittenExerciseDraft draft, CancellationToken ct)
    {
        var problems = draft.Validate().ToList();
        if (level is not (StatusLevel.Practitioner or StatusLevel.Supervisor))
            problems.Insert(0, ("Level", "Select the status the exercise is for"));
        if (problems.Count > 0)
            return (null, problems);
        var version =
            1 + (await db.WrittenExercises.Where(x => x.Level == level).MaxAsync(x => (int?)x.Version, ct) ?? 0);
        var exercise = new WrittenExerciseVersion
        {
            Level = level!.Value,
            Version = version,
            Title = draft.Title!.Trim(),
            Instructions = draft.Instructions!.Trim(),
            CaseInformation = draft.CaseInformation!.Trim(),
            Minutes = draft.Minutes!.Value,
            PublishedAt = clock.GetUtcNow(),
            Tasks = draft
                .Tasks.Where(t => !t.IsBlank)
                .Select(
                    (t, i) =>
                        new WrittenTask
                        {
                            Number = i + 1,
                            Prompt = t.Prompt!.Trim(),
                            WordGuide = t.WordGuide!.Value,
                        }
                )
                .ToList(),
            Criteria = draft
                .Criteria.Where(c => !c.IsBlank)
                .Select(
                    (c, i) =>
                        new WrittenCriterion
                        {
                            Number = i + 1,
                            Text = c.Text!.Trim(),
                            MaxMarks = c.MaxMarks!.Value,
                            Guidance = c.Guidance!.Trim(),
                        }
                )
                .ToList(),
        };
        db.WrittenExercises.Add(exercise);
        db.Record(new WrittenExercisePublished(exercise.Id, exercise.Level, version, exercise.Title));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return (null, [("", "Another version was published a moment ago: check the list and try again")]);
        }
        return (exercise, []);
    }
}
