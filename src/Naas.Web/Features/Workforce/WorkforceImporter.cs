using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Features.Workforce;

public sealed record ImportPreview(
    Guid? JourneyId,
    int Rows,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string>? Kept = null
)
{
    /// <summary>What the file asked for but was deliberately not changed (details another holder keeps, ADR
    /// 0014).</summary>
    public IReadOnlyList<string> NotChanged => Kept ?? [];
}

/// <summary>The workforce file: one row per engagement at the importing organisation. The same columns are
/// used by the template, the export and the import, so an export can be edited and imported back.</summary>
/// <summary>Imports the workforce file (<see cref="WorkforceFile"/>) in two steps: a preview that saves
/// nothing, and a confirm that applies everything or nothing.</summary>
public sealed class WorkforceImporter(
    NaasDbContext db,
    WorkforceUpserts workforce,
    WorkforceRowChecks checks,
    TimeProvider clock
)
{
    /// <summary>Reads and checks the file; when it is clean, works out what would change (without saving) and
    /// keeps the rows server-side for the confirm step.</summary>
    public async Task<ImportPreview> PreviewAsync(
        Guid organisationId,
        Guid userId,
        string fileName,
        Stream content,
        CancellationToken ct = default
    )
    {
        var (read, unreadable) = TabularFile.TryRead(fileName, content, WorkforceFile.Columns);
        if (read is not { } rows)
            return new(null, 0, [new ImportProblem(0, "", unreadable!)], []);

        var (items, problems) = await checks.CheckAsync(rows, ct);
        if (problems.Count > 0)
            return new(null, rows.Count, problems, []);

        var (changes, kept, applyProblems) = await ApplyAsync(organisationId, items, ct);
        db.ChangeTracker.Clear(); // a preview saves nothing
        if (applyProblems.Count > 0)
            return new(null, rows.Count, applyProblems, []);
        var journey = new JourneyState
        {
            Kind = "workforce-import",
            UserId = userId,
            OrganisationId = organisationId,
            Payload = JsonSerializer.Serialize(rows),
            CreatedAt = clock.GetUtcNow(),
        };
        db.JourneyStates.Add(journey);
        await db.SaveChangesAsync(ct);
        return new(journey.Id, rows.Count, [], changes, kept);
    }

    /// <summary>Applies a previewed file in one transaction: everything or nothing.</summary>
    public async Task<ImportPreview?> ConfirmAsync(
        Guid journeyId,
        Guid organisationId,
        Guid userId,
        CancellationToken ct = default
    )
    {
        var journey = await db.JourneyStates.SingleOrDefaultAsync(
            j =>
                j.Id == journeyId
                && j.Kind == "workforce-import"
                && j.UserId == userId
                && j.OrganisationId == organisationId,
            ct
        );
        if (journey is null)
            return null;
        var rows = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(journey.Payload)!;
        var (items, problems) = await checks.CheckAsync(rows, ct);
        if (problems.Count > 0)
            return new(journeyId, rows.Count, problems, []);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (changes, kept, applyProblems) = await ApplyAsync(organisationId, items, ct);
        if (applyProblems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new(journeyId, rows.Count, applyProblems, []);
        }
        if (changes.Count > 0)
            db.Record(new WorkforceImported(journey.Id, rows.Count, changes.Count), organisationId);
        db.JourneyStates.Remove(journey);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(null, rows.Count, [], changes, kept);
    }

    private async Task<(List<string> Changes, List<string> Kept, List<ImportProblem> Problems)> ApplyAsync(
        Guid organisationId,
        List<(int Row, PersonInput P, EngagementInput E)> items,
        CancellationToken ct
    )
    {
        var changes = new List<string>();
        var kept = new List<string>();
        var problems = new List<ImportProblem>();
        var batch = await workforce.PrepareAsync(organisationId, items.Select(i => i.P.RegistrationNumber), ct);
        foreach (var (row, p, e) in items)
        {
            var result = workforce.Upsert(batch, p, e);
            changes.AddRange(result.Changes);
            kept.AddRange(result.Kept);
            problems.AddRange(
                result.Problems.Select(x => new ImportProblem(row, WorkforceFile.FieldToColumn[x.Field], x.Message))
            );
        }
        return (changes, kept, problems);
    }
}
