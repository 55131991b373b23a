using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
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
public sealed class WorkforceImporter(NaasDbContext db, WorkforceUpserts workforce, TimeProvider clock)
{
    public static readonly string[] Columns =
    [
        "given_name",
        "family_name",
        "registration_number",
        "email",
        "qualified_on",
        "asye_started_on",
        "asye_completed_on",
        "engagement_start",
        "engagement_end",
        "employment_type",
        "agency_name",
        "full_time_equivalent",
        "role_level",
        "entry_route",
        "statutory_functions",
    ];

    private static readonly Dictionary<string, string> FieldToColumn = new()
    {
        ["GivenName"] = "given_name",
        ["FamilyName"] = "family_name",
        ["RegistrationNumber"] = "registration_number",
        ["Email"] = "email",
        ["QualifiedOn"] = "qualified_on",
        ["AsyeStartedOn"] = "asye_started_on",
        ["AsyeCompletedOn"] = "asye_completed_on",
        ["Start"] = "engagement_start",
        ["End"] = "engagement_end",
        ["EmploymentType"] = "employment_type",
        ["AgencyName"] = "agency_name",
        ["FullTimeEquivalent"] = "full_time_equivalent",
        ["RoleLevel"] = "role_level",
        ["EntryRoute"] = "entry_route",
        ["FunctionCodes"] = "statutory_functions",
    };

    /// <summary>Enough for 50,000 rows with every column filled (about 8 MB).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

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
        var (read, unreadable) = TabularFile.TryRead(fileName, content, Columns);
        if (read is not { } rows)
            return new(null, 0, [new ImportProblem(0, "", unreadable!)], []);

        var (items, problems) = await ValidateAsync(rows, ct);
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
        var (items, problems) = await ValidateAsync(rows, ct);
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
            problems.AddRange(result.Problems.Select(x => new ImportProblem(row, FieldToColumn[x.Field], x.Message)));
        }
        return (changes, kept, problems);
    }

    private async Task<(List<(int, PersonInput, EngagementInput)>, List<ImportProblem>)> ValidateAsync(
        List<Dictionary<string, string>> rows,
        CancellationToken ct
    )
    {
        var problems = new List<ImportProblem>();
        var items = new List<(int, PersonInput, EngagementInput)>();
        if (rows.Count == 0)
            problems.Add(new(0, "", "The selected file has no rows under the heading row"));
        var functions = await workforce.FunctionCodesAsync(ct);
        var agencies = (await workforce.AgenciesAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var today = clock.Today();
        var seenPeople = new Dictionary<string, (int Row, string Signature)>();
        var seenJobs = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2; // row 1 is the heading
            var r = rows[i];
            string Get(string column) => r.TryGetValue(column, out var v) ? Unprotect(v.Trim()) : "";
            var rowProblems = new List<ImportProblem>();
            DateOnly? Date(string column)
            {
                if (Parse.TryDate(Get(column), out var d))
                    return d;
                rowProblems.Add(new(rowNumber, column, $"Enter a real date, like 2025-03-27, not \"{Get(column)}\""));
                return null;
            }
            decimal? fte = null;
            if (Get("full_time_equivalent") is { Length: > 0 } f)
            {
                if (Parse.TryFte(f, out var v))
                    fte = v;
                else
                    rowProblems.Add(
                        new(
                            rowNumber,
                            "full_time_equivalent",
                            $"Full-time equivalent must be a number, like 0.6, not \"{f}\""
                        )
                    );
            }
            var person = new PersonInput
            {
                GivenName = Get("given_name"),
                FamilyName = Get("family_name"),
                RegistrationNumber = Get("registration_number"),
                Email = Get("email"),
                QualifiedOn = Date("qualified_on"),
                AsyeStartedOn = Date("asye_started_on"),
                AsyeCompletedOn = Date("asye_completed_on"),
            };
            var job = new EngagementInput
            {
                Start = Date("engagement_start"),
                End = Date("engagement_end"),
                EmploymentType = Enum(
                    Get("employment_type"),
                    Parse.Employment,
                    "employment_type",
                    "permanent, agency or self-employed"
                ),
                AgencyName = Get("agency_name") is { Length: > 0 } a ? a : null,
                FullTimeEquivalent = fte,
                RoleLevel = Enum(Get("role_level"), Parse.Level, "role_level", "practitioner, supervisor or leader"),
                EntryRoute = Enum(
                    Get("entry_route"),
                    Parse.Route,
                    "entry_route",
                    "asye, new-to-role, moved-from-other-social-work, moved-from-outside-england or already-in-post"
                ),
                FunctionCodes = Get("statutory_functions")
                    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Distinct()
                    .ToList(),
            };
            T? Enum<T>(string value, Func<string, T?> parse, string column, string allowed)
                where T : struct
            {
                if (value.Length == 0)
                    return null; // reported as missing by the input's own validation
                var parsed = parse(value);
                if (parsed is null)
                    rowProblems.Add(new(rowNumber, column, $"\"{value}\" is not recognised. Use one of: {allowed}"));
                return parsed;
            }
            foreach (var (field, message) in person.Validate(today).Concat(job.Validate(functions, agencies, today)))
            {
                var column = FieldToColumn[field];
                if (!rowProblems.Any(p => p.Column == column))
                    rowProblems.Add(new(rowNumber, column, message));
            }
            if (rowProblems.Count == 0)
            {
                var signature =
                    $"{person.GivenName}|{person.FamilyName}|{person.Email}|{person.QualifiedOn}|{person.AsyeStartedOn}|{person.AsyeCompletedOn}";
                if (
                    seenPeople.TryGetValue(person.RegistrationNumber!, out var earlier)
                    && earlier.Signature != signature
                )
                    rowProblems.Add(
                        new(
                            rowNumber,
                            "registration_number",
                            $"{person.RegistrationNumber} is also on row {earlier.Row} with different personal details"
                        )
                    );
                else
                    seenPeople[person.RegistrationNumber!] = (rowNumber, signature);
                var jobKey = $"{person.RegistrationNumber}|{job.Start}";
                if (seenJobs.TryGetValue(jobKey, out var jobRow))
                    rowProblems.Add(
                        new(
                            rowNumber,
                            "engagement_start",
                            $"Row {jobRow} already has an engagement for {person.RegistrationNumber} starting on this date"
                        )
                    );
                else
                    seenJobs[jobKey] = rowNumber;
            }
            problems.AddRange(rowProblems);
            if (rowProblems.Count == 0)
                items.Add((rowNumber, person, job));
        }
        return (items, problems);
    }

    public async Task<List<string[]>> ExportRowsAsync(Guid organisationId, CancellationToken ct = default)
    {
        var people = await db
            .SocialWorkers.AsNoTracking()
            .Include(p => p.Engagements)
                .ThenInclude(e => e.Functions)
                    .ThenInclude(f => f.StatutoryFunction)
            .Include(p => p.Engagements)
                .ThenInclude(e => e.AgencyOrganisation)
            .Where(p => p.Engagements.Any(e => e.OrganisationId == organisationId))
            .OrderBy(p => p.FamilyName)
            .ThenBy(p => p.GivenName)
            .AsSplitQuery()
            .ToListAsync(ct);
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return people
            .SelectMany(p =>
                p.Engagements.Where(e => e.OrganisationId == organisationId)
                    .OrderBy(e => e.Start)
                    .Select(e =>
                        new[]
                        {
                            // Contact details only where this organisation holds them (ADR 0014); a blank email on
                            // import changes nothing.
                            p.GivenName,
                            p.FamilyName,
                            p.RegistrationNumber,
                            PersonDetailsRule.HoldsDetails(p, organisationId) ? p.Email : "",
                            D(p.QualifiedOn),
                            D(p.AsyeStartedOn),
                            D(p.AsyeCompletedOn),
                            D(e.Start),
                            D(e.End),
                            e.EmploymentType.Code(),
                            e.AgencyOrganisation?.Name ?? "",
                            e.FullTimeEquivalent.ToString("0.##", CultureInfo.InvariantCulture),
                            e.RoleLevel.Code(),
                            e.EntryRoute.Code(),
                            string.Join(";", e.Functions.Select(f => f.StatutoryFunction!.Code).Order()),
                        }
                    )
            )
            .ToList();
    }

    // A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection); the export
    // puts an apostrophe in front, which spreadsheets hide, and the import takes it off again.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Protect(string v) => v.Length > 0 && FormulaStarts.Contains(v[0]) ? "'" + v : v;

    public static string Unprotect(string v) =>
        v.Length > 1 && v[0] == '\'' && FormulaStarts.Contains(v[1]) ? v[1..] : v;

    public static byte[] ToCsv(IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var c in Columns)
                csv.WriteField(c);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var v in row)
                    csv.WriteField(Protect(v));
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    public static byte[] ToXlsx(IEnumerable<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Workforce");
        for (var c = 0; c < Columns.Length; c++)
            sheet.Cell(1, c + 1).Value = Columns[c];
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
                sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        using var ms = new MemoryStream();
        book.SaveAs(ms);
        return ms.ToArray();
    }

    public static string[] ExampleRow =>
        [
            "Amara",
            "Okafor",
            "SW123456",
            "amara.okafor@example.org",
            "2024-07-01",
            "2024-09-02",
            "",
            "2024-09-02",
            "",
            "permanent",
            "",
            "1",
            "practitioner",
            "asye",
            "case-responsibility;lead-s47",
        ];
}
