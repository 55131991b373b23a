using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Results;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Features.Marking;

public sealed record MarksPreview(
    Guid? JourneyId,
    int Rows,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> Marks
);

/// <summary>Marks from a delivery partner's file, for elements not delivered in the system (observation, written,
/// reflective): one row per element mark. Every row gets the marker's form's checks (MarkRecorder.CheckMarkAsync);
/// nothing is saved unless every row passes, and then all are saved in one transaction, each mark audited.</summary>
public sealed class MarksImporter(
    NaasDbContext db,
    AssessmentViews assessments,
    MarkRecorder marks,
    PolicyStore policy,
    TimeProvider clock
)
{
    public static readonly string[] Columns =
    [
        "registration_number",
        "status",
        "element",
        "score",
        "marks_available",
        "pass_mark",
    ];
    public static readonly string[] Optional = ["feedback", "marker"];
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> FieldToColumn = new()
    {
        ["Element"] = "element",
        ["Score"] = "score",
        ["Max"] = "marks_available",
        ["PassMark"] = "pass_mark",
        ["Feedback"] = "feedback",
        [""] = "",
    };

    private sealed record Row(
        int Number,
        Guid EndorsementId,
        MarkRecorder.CheckedMark Mark,
        string? Marker,
        string Registration,
        AssessmentView View
    );

    public async Task<MarksPreview> PreviewAsync(Guid userId, string fileName, Stream content, CancellationToken ct)
    {
        var (read, unreadable) = TabularFile.TryRead(fileName, content, Columns);
        if (read is not { } rows)
            return new(null, 0, [new ImportProblem(0, "", unreadable!)], []);
        var (checkedRows, problems) = await CheckAsync(rows, ct);
        if (problems.Count > 0)
            return new(null, rows.Count, problems, []);
        var journey = new JourneyState
        {
            Kind = "marks-import",
            UserId = userId,
            Payload = JsonSerializer.Serialize(new Stored(fileName, rows)),
            CreatedAt = clock.GetUtcNow(),
        };
        db.JourneyStates.Add(journey);
        await db.SaveChangesAsync(ct);
        return new(journey.Id, rows.Count, [], checkedRows.Select(Describe).ToList());
    }

    private sealed record Stored(string FileName, List<Dictionary<string, string>> Rows);

    /// <summary>Checks the previewed rows again (things may have changed since) and saves them all, or none.</summary>
    public async Task<MarksPreview?> ConfirmAsync(Guid journeyId, Guid userId, string actor, CancellationToken ct)
    {
        var journey = await db.JourneyStates.SingleOrDefaultAsync(
            j => j.Id == journeyId && j.Kind == "marks-import" && j.UserId == userId,
            ct
        );
        if (journey is null)
            return null;
        var stored = JsonSerializer.Deserialize<Stored>(journey.Payload)!;
        var (checkedRows, problems) = await CheckAsync(stored.Rows, ct);
        if (problems.Count > 0)
            return new(journeyId, stored.Rows.Count, problems, []);
        var rules = await policy.CurrentAsync(ct);
        var source = $"Imported from {Path.GetFileName(stored.FileName)}";
        if (source.Length > 200)
            source = source[..200];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in checkedRows)
        {
            var by = row.Marker is null ? actor : $"{row.Marker} (imported by {actor})";
            await marks.AddMarkAsync(
                row.View,
                row.Mark.Element,
                row.Mark.Score,
                row.Mark.Max,
                row.Mark.PassMark,
                source,
                null,
                by.Length > 200 ? by[..200] : by,
                rules,
                ct,
                row.Mark.Feedback
            );
        }
        db.Record(new MarksImported(journey.Id, checkedRows.Count, Path.GetFileName(stored.FileName)));
        db.JourneyStates.Remove(journey);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(null, stored.Rows.Count, [], checkedRows.Select(Describe).ToList());
    }

    private static string Describe(Row r) =>
        $"{r.Registration} {r.Mark.Element}: {r.Mark.Score:0.##} of {r.Mark.Max:0.##}, pass mark {r.Mark.PassMark:0.##}"
        + (r.Marker is null ? "" : $", marked by {r.Marker}");

    private async Task<(List<Row>, List<ImportProblem>)> CheckAsync(
        List<Dictionary<string, string>> rows,
        CancellationToken ct
    )
    {
        var problems = new List<ImportProblem>();
        var items = new List<Row>();
        if (rows.Count == 0)
            problems.Add(new(0, "", "The selected file has no rows under the heading row"));
        var seen = new Dictionary<(Guid, string), int>();
        // Everyone the file names and their assessments under way, read once for the whole file; each assessment's
        // view once however many rows it has.
        var registrations = rows.Select(r =>
                r.TryGetValue("registration_number", out var v) ? FormulaCells.Unprotect(v.Trim()) : ""
            )
            .Where(v => v.Length > 0)
            .Distinct()
            .ToList();
        var people = await db
            .SocialWorkers.AsNoTracking()
            .Where(p => registrations.Contains(p.RegistrationNumber))
            .ToDictionaryAsync(p => p.RegistrationNumber, p => p.Id, ct);
        var personIds = people.Values.ToList();
        var underWay = (
            await db
                .Endorsements.AsNoTracking()
                .Where(e => personIds.Contains(e.SocialWorkerId) && e.State == EndorsementState.InAssessment)
                .Select(e => new
                {
                    e.Id,
                    e.SocialWorkerId,
                    e.Level,
                    e.EndorsedAt,
                })
                .ToListAsync(ct)
        ).GroupBy(e => (e.SocialWorkerId, e.Level)).ToDictionary(g => g.Key, g => g.MaxBy(e => e.EndorsedAt)!.Id);
        var views = new Dictionary<Guid, AssessmentView>();
        for (var i = 0; i < rows.Count; i++)
        {
            var number = i + 2; // row 1 is the heading
            string? Get(string column) =>
                rows[i].TryGetValue(column, out var v) && FormulaCells.Unprotect(v.Trim()) is { Length: > 0 } t
                    ? t
                    : null;
            var registration = Get("registration_number");
            var level = Parse.Level(Get("status"));
            if (registration is null)
            {
                problems.Add(new(number, "registration_number", "Enter the social worker's registration number"));
                continue;
            }
            if (level is null)
            {
                problems.Add(
                    new(
                        number,
                        "status",
                        $"\"{Get("status")}\" is not recognised. Use practitioner, supervisor or leader"
                    )
                );
                continue;
            }
            if (!people.TryGetValue(registration, out var personId))
            {
                problems.Add(
                    new(number, "registration_number", $"No social worker has the registration number {registration}")
                );
                continue;
            }
            if (!underWay.TryGetValue((personId, level.Value), out var endorsementId))
            {
                problems.Add(
                    new(number, "status", $"{registration} has no {level.Value.Name()} assessment under way to mark")
                );
                continue;
            }
            if (!views.TryGetValue(endorsementId, out var view))
                views[endorsementId] = view = (await assessments.ViewAsync(endorsementId, ct))!;
            var element = Get("element");
            // The file may name an element as the model does (SimulatedObservation) or in any case.
            element =
                view.Elements.Select(x => x.Element)
                    .FirstOrDefault(x => string.Equals(x, element, StringComparison.OrdinalIgnoreCase))
                ?? element;
            var (found, mark) = await marks.CheckMarkAsync(
                view,
                element,
                Get("score"),
                Get("marks_available"),
                Get("pass_mark"),
                Get("feedback"),
                ct
            );
            problems.AddRange(found.Select(p => new ImportProblem(number, FieldToColumn[p.Field], p.Message)));
            var marker = Get("marker");
            if (marker?.Length > 150)
            {
                problems.Add(new(number, "marker", "The marker's name must be 150 characters or fewer"));
                continue;
            }
            if (mark is null)
                continue;
            if (seen.TryGetValue((endorsementId, mark.Element), out var earlier))
            {
                problems.Add(
                    new(
                        number,
                        "element",
                        $"Row {earlier} already has a {mark.Element} mark for {registration}. Keep one row for each element"
                    )
                );
                continue;
            }
            seen[(endorsementId, mark.Element)] = number;
            items.Add(new Row(number, endorsementId, mark, marker, registration, view));
        }
        return (items, problems);
    }
}
