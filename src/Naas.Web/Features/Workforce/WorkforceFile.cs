using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Features.Workforce;

/// <summary>The workforce file: one row per engagement at the importing organisation. The same columns are
/// used by the template, the export and the import, so an export can be edited and imported back.</summary>
public static class WorkforceFile
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

    public static readonly IReadOnlyDictionary<string, string> FieldToColumn = new Dictionary<string, string>
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

    public static byte[] ToCsv(IEnumerable<string[]> rows) => ToCsvWith(Columns, rows);

    /// <summary>Rows under a header as CSV, each cell protected from being read as a formula by a spreadsheet.</summary>
    public static byte[] ToCsvWith(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var c in header)
                csv.WriteField(c);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var v in row)
                    csv.WriteField(FormulaCells.Protect(v));
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
