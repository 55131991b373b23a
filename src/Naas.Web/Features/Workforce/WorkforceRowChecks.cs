using Microsoft.EntityFrameworkCore;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Features.Workforce;

/// <summary>Checks the workforce file's rows as a whole: each value read as its type, each person and
/// engagement validated as the form would, and repeats across rows refused.</summary>
public sealed class WorkforceRowChecks(WorkforceUpserts workforce, TimeProvider clock)
{
    public async Task<(
        List<(int Row, PersonInput P, EngagementInput E)> Items,
        List<ImportProblem> Problems
    )> CheckAsync(List<Dictionary<string, string>> rows, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        var items = new List<(int Row, PersonInput P, EngagementInput E)>();
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
            string Get(string column) => r.TryGetValue(column, out var v) ? FormulaCells.Unprotect(v.Trim()) : "";
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
                var column = WorkforceFile.FieldToColumn[field];
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
}
