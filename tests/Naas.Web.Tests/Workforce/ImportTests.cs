using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Workforce;

/// <summary>Imports are all-or-nothing, report every problem by row and column before anything is saved, and
/// importing the same file twice changes nothing the second time.</summary>
public class ImportTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Header =
        "given_name,family_name,registration_number,email,qualified_on,asye_started_on,asye_completed_on,engagement_start,engagement_end,employment_type,agency_name,full_time_equivalent,role_level,entry_route,statutory_functions";

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return form;
    }

    private async Task<(HttpClient, string)> LeedsAsync()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        return (client, await client.TokenAsync(WorkforceLinks.EmployerImport()));
    }

    private static Guid JourneyId(string html) =>
        Guid.Parse(Regex.Match(html, "name=\"journeyId\" value=\"([^\"]+)\"").Groups[1].Value);

    [Fact]
    public async Task An_import_with_bad_rows_saves_nothing_and_reports_each_problem_by_row_and_column()
    {
        var csv = string.Join(
            "\n",
            Header,
            "Ada,Lovelace,SW200001,ada@example.org,,,,2025-01-06,,permanent,,1,practitioner,already-in-post,case-responsibility",
            "Bad,Number,12345,bad@example.org,,,,2025-01-06,,permanent,,1,practitioner,already-in-post,",
            "No,Start,SW200003,nostart@example.org,,,,31/02/2025,,permanent,,1,practitioner,asye,",
            "Odd,Values,SW200004,not-an-email,,,,2025-01-06,,contractor,,1.5,manager,asye,flying",
            "Agency,Missing,SW200005,agency@example.org,,,,2025-01-06,,agency,,1,practitioner,already-in-post,"
        );
        var (client, token) = await LeedsAsync();
        await using var before = app.Db();
        var people = await before.SocialWorkers.CountAsync();
        var audits = await before.AuditEvents.CountAsync();

        var response = await client.PostAsync(
            WorkforceLinks.EmployerImport(),
            Upload(Encoding.UTF8.GetBytes(csv), "workforce.csv", token)
        );
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing has been saved", html);
        string Row(int row, string column) =>
            $"<td class=\"govuk-table__cell\">{row}</td><td class=\"govuk-table__cell\">{column}</td>";
        Assert.Contains(Row(3, "registration_number"), html);
        Assert.Contains(Row(4, "engagement_start"), html);
        Assert.Contains(Row(5, "email"), html);
        Assert.Contains(Row(5, "employment_type"), html);
        Assert.Contains(Row(5, "full_time_equivalent"), html);
        Assert.Contains(Row(5, "role_level"), html);
        Assert.Contains(Row(5, "statutory_functions"), html);
        Assert.Contains(Row(6, "agency_name"), html);
        Assert.Contains("\"contractor\" is not recognised", html);
        Assert.DoesNotContain(Row(2, ""), html); // the good row has no problems

        await using var after = app.Db();
        Assert.Equal(people, await after.SocialWorkers.CountAsync());
        Assert.Equal(audits, await after.AuditEvents.CountAsync());
        Assert.False(await after.SocialWorkers.AnyAsync(p => p.RegistrationNumber == "SW200001"));
    }

    [Fact]
    public async Task A_file_that_is_not_csv_or_xlsx_or_lacks_columns_is_refused_with_a_reason()
    {
        var (client, token) = await LeedsAsync();
        var pdf = await client.PostAsync(
            WorkforceLinks.EmployerImport(),
            Upload("%PDF-1.4"u8.ToArray(), "workforce.pdf", token)
        );
        Assert.Contains("must be a CSV or XLSX file", await pdf.Content.ReadAsStringAsync());
        var columns = await client.PostAsync(
            WorkforceLinks.EmployerImport(),
            Upload("given_name,family_name\nA,B"u8.ToArray(), "workforce.csv", token)
        );
        Assert.Contains("missing these columns", await columns.Content.ReadAsStringAsync());
        var none = await client.PostAsync(
            WorkforceLinks.EmployerImport(),
            new FormUrlEncodedContent(Http.F(("__RequestVerificationToken", token)))
        );
        Assert.Contains("Select a CSV or XLSX file", await none.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_good_import_is_previewed_then_saved_on_confirmation_and_the_same_file_again_changes_nothing()
    {
        var csv = string.Join(
            "\n",
            Header,
            "Grace,Hopper,SW300001,grace@example.org,2024-06-30,2024-09-02,,2024-09-02,,permanent,,1,practitioner,asye,case-responsibility;lead-s47",
            "Mary,Seacole,sw 300002,mary@example.org,,,,2020-01-01,2024-12-31,permanent,,1,practitioner,already-in-post,",
            "Mary,Seacole,SW300002,mary@example.org,,,,2025-01-01,,permanent,,0.6,supervisor,new-to-role,supervise-statutory-work",
            "Kit,Agency,SW300003,kit@example.org,,,,2025-05-01,,agency,Northern Social Work Recruitment Ltd,1,practitioner,moved-from-other-social-work,statutory-assessments"
        );
        var bytes = Encoding.UTF8.GetBytes(csv);
        var (client, token) = await LeedsAsync();

        var preview = await client.PostAsync(WorkforceLinks.EmployerImport(), Upload(bytes, "workforce.csv", token));
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("Check the changes before importing", html);
        Assert.Contains("Added Grace Hopper (SW300001)", html);
        await using (var db = app.Db())
            Assert.False(
                await db.SocialWorkers.AnyAsync(p => p.RegistrationNumber == "SW300001"),
                "A preview must not save"
            );

        var confirm = await client.PostAsync(
            WorkforceLinks.EmployerImport() + "?handler=Confirm",
            new FormUrlEncodedContent(
                Http.F(("journeyId", JourneyId(html).ToString()), ("__RequestVerificationToken", token))
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await using (var db = app.Db())
        {
            var mary = await db
                .SocialWorkers.Include(p => p.Engagements)
                .SingleAsync(p => p.RegistrationNumber == "SW300002");
            Assert.Equal(2, mary.Engagements.Count);
            var kit = await db
                .SocialWorkers.Include(p => p.Engagements)
                .SingleAsync(p => p.RegistrationNumber == "SW300003");
            Assert.NotNull(kit.Engagements.Single().AgencyOrganisationId);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectType == "WorkforceImport"));
        }

        token = await client.TokenAsync(WorkforceLinks.EmployerImport());
        var again = await client.PostAsync(WorkforceLinks.EmployerImport(), Upload(bytes, "workforce.csv", token));
        Assert.Contains("Importing it changes nothing", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_xlsx_export_imports_back_with_no_changes()
    {
        var (client, token) = await LeedsAsync();
        var xlsx = await client.GetByteArrayAsync(WorkforceLinks.EmployerExport() + "?format=xlsx");
        using (var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(xlsx)))
            Assert.Equal("given_name", book.Worksheets.First().Cell(1, 1).GetString());
        var preview = await client.PostAsync(WorkforceLinks.EmployerImport(), Upload(xlsx, "export.xlsx", token));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Importing it changes nothing", html);

        var csv = await client.GetStringAsync(WorkforceLinks.EmployerExport() + "?format=csv");
        Assert.Contains("SW100004", csv);
        Assert.Contains("Northern Social Work Recruitment Ltd", csv);
        Assert.DoesNotContain("SW100006", csv); // Manchester's
    }

    [Fact]
    public void A_csv_export_cannot_run_a_formula_in_a_spreadsheet_and_still_imports_back()
    {
        var csv = Encoding.UTF8.GetString(
            Naas.Web.Features.Workforce.WorkforceFile.ToCsv([
                ["=HYPERLINK(\"http://x\")", "-Smith", "SW1234"],
            ])
        );
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv);
        Assert.Contains("'-Smith", csv);
        Assert.Equal("=HYPERLINK(1)", Naas.Web.Infrastructure.Import.FormulaCells.Unprotect("'=HYPERLINK(1)"));
        Assert.Equal("O'Brien", Naas.Web.Infrastructure.Import.FormulaCells.Unprotect("O'Brien"));
    }
}
