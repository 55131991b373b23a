using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure.Import;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Files other tools wrote and files made to hurt, fed to the workforce import (issue 12, finding 3): each
/// gets a clear message naming the problem, never an error page, and saves nothing.</summary>
public class HostileFilesTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Header =
        "given_name,family_name,registration_number,email,qualified_on,asye_started_on,asye_completed_on,engagement_start,engagement_end,employment_type,agency_name,full_time_equivalent,role_level,entry_route,statutory_functions";

    private async Task<(HttpClient Client, string Token)> LeedsAsync()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        return (client, await client.TokenAsync(WorkforceLinks.EmployerImport()));
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(content), "Upload", fileName);
        return form;
    }

    private async Task<string> PreviewAsync(byte[] content, string fileName)
    {
        var (client, token) = await LeedsAsync();
        var response = await client.PostAsync(WorkforceLinks.EmployerImport(), Upload(content, fileName, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A real XLSX (written by the export's own spreadsheet library) with its sheet's XML replaced.</summary>
    private static byte[] XlsxWithSheet(Func<string, string> rewrite)
    {
        var xlsx = WorkforceFile.ToXlsx([WorkforceFile.ExampleRow]);
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var r = new StreamReader(entry.Open()))
                xml = r.ReadToEnd();
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
            w.Write(rewrite(xml));
        }
        return ms.ToArray();
    }

    private async Task AssertNothingSavedAsync(Func<Task> act)
    {
        await using var before = app.Db();
        var (people, audits, journeys) = (
            await before.SocialWorkers.CountAsync(),
            await before.AuditEvents.CountAsync(),
            await before.JourneyStates.CountAsync()
        );
        await act();
        await using var after = app.Db();
        Assert.Equal(
            (people, audits, journeys),
            (
                await after.SocialWorkers.CountAsync(),
                await after.AuditEvents.CountAsync(),
                await after.JourneyStates.CountAsync()
            )
        );
    }

    [Fact]
    public async Task An_xlsx_whose_sheet_declares_a_doctype_or_expands_entities_is_refused_by_name_not_with_an_error_page()
    {
        const string doctype =
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        var laughs = XlsxWithSheet(xml =>
            xml.Replace("<x:worksheet", doctype + "<x:worksheet", StringComparison.Ordinal)
                .Replace(
                    "</x:sheetData>",
                    "<x:row r=\"3\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>&lol3;</x:t></x:is></x:c></x:row></x:sheetData>",
                    StringComparison.Ordinal
                )
        );
        await AssertNothingSavedAsync(async () =>
        {
            var html = await PreviewAsync(laughs, "laughs.xlsx");
            Assert.Contains("declares a document type", html);
            Assert.Contains("govuk-error-summary", html);
        });
    }

    [Fact]
    public async Task An_xlsx_that_unpacks_to_far_more_than_it_weighs_is_refused_before_it_is_parsed()
    {
        // About 110 MB of sheet XML that compresses to well under the upload limit.
        var bomb = XlsxWithSheet(xml =>
            xml.Replace(
                "</x:sheetData>",
                new string(' ', 110 * 1024 * 1024) + "</x:sheetData>",
                StringComparison.Ordinal
            )
        );
        Assert.True(bomb.Length < WorkforceFile.MaxBytes);
        await AssertNothingSavedAsync(async () =>
            Assert.Contains("unpacks to more than 100 MB", await PreviewAsync(bomb, "bomb.xlsx"))
        );
    }

    [Fact]
    public async Task A_sheet_of_more_rows_than_any_workforce_is_refused_with_the_limit()
    {
        var rows = new StringBuilder();
        for (var r = 3; r < TabularFile.MaxRows + 10; r++)
            rows.Append($"<x:row r=\"{r}\"><x:c r=\"A{r}\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row>");
        var many = XlsxWithSheet(xml =>
            xml.Replace("</x:sheetData>", rows + "</x:sheetData>", StringComparison.Ordinal)
        );
        await AssertNothingSavedAsync(async () =>
            Assert.Contains("more than 100,000 rows", await PreviewAsync(many, "many.xlsx"))
        );
    }

    [Fact]
    public async Task A_csv_saved_by_excel_in_windows_1252_keeps_its_accented_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding
            .GetEncoding(1252)
            .GetBytes(
                Header
                    + "\nZoë,Brontë-Ó Súilleabháin,SW410001,zoe@example.org,,,,2025-01-06,,permanent,,\"0,5\",practitioner,already-in-post,\n"
            );
        var (client, token) = await LeedsAsync();
        var preview = WebUtility.HtmlDecode(
            await (
                await client.PostAsync(WorkforceLinks.EmployerImport(), Upload(csv, "excel.csv", token))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Added Zoë Brontë-Ó Súilleabháin (SW410001)", preview);
        var journey = System
            .Text.RegularExpressions.Regex.Match(preview, "name=\"journeyId\" value=\"([^\"]+)\"")
            .Groups[1]
            .Value;
        await client.PostAsync(
            WorkforceLinks.EmployerImport() + "?handler=Confirm",
            new FormUrlEncodedContent(Http.F(("journeyId", journey), ("__RequestVerificationToken", token)))
        );
        await using var db = app.Db();
        var zoe = await db
            .SocialWorkers.Include(p => p.Engagements)
            .SingleAsync(p => p.RegistrationNumber == "SW410001");
        Assert.Equal(("Zoë", "Brontë-Ó Súilleabháin"), (zoe.GivenName, zoe.FamilyName));
        Assert.Equal(0.5m, zoe.Engagements.Single().FullTimeEquivalent); // a decimal comma, not a thousands separator
    }

    [Fact]
    public async Task Impossible_dates_empty_names_and_a_comma_fte_are_each_named_and_counted_by_row()
    {
        var csv =
            Header
            + "\n"
            + "'-,Nul,SW420001,nul@example.org,0001-01-01,1900-01-01,,2100-01-01,,permanent,,\"0,1,5\",practitioner,already-in-post,\n";
        await AssertNothingSavedAsync(async () =>
        {
            var html = await PreviewAsync(Encoding.UTF8.GetBytes(csv), "dates.csv");
            Assert.Contains("First name must contain at least one letter", html);
            Assert.Contains("Date qualified must be after 1 January 1950", html);
            Assert.Contains("ASYE start date must be after 1 January 1950", html);
            Assert.Contains("Start date must be no more than 2 years from today", html);
            Assert.Contains("Full-time equivalent must be a number", html);
            Assert.Contains("5 problems in 1 row", html);
            Assert.Contains("<a href=\"#Upload\">There are 5 problems in row 2 of the file", html); // the error summary, linked to the file field
            Assert.Contains("id=\"Upload\"", html);
        });
    }

    [Fact]
    public async Task A_name_of_only_a_nul_character_is_refused_in_a_file_and_through_the_api()
    {
        var csv =
            Header + "\n\0,Nul,SW420002,nul@example.org,,,,2025-01-06,,permanent,,1,practitioner,already-in-post,\n";
        await AssertNothingSavedAsync(async () =>
            Assert.Contains("it contains binary data", await PreviewAsync(Encoding.UTF8.GetBytes(csv), "nul.csv"))
        );
        var api = await app.ApiClientAsync("Leeds City Council");
        var response = await api.PutAsJsonAsync(
            ApiLinks.SocialWorkers(),
            new
            {
                givenName = "\u0000",
                familyName = "Nul",
                registrationNumber = "SW420003",
                email = "nul@example.org",
                engagement = new
                {
                    start = "2025-01-06",
                    employmentType = "permanent",
                    fullTimeEquivalent = 1,
                    roleLevel = "practitioner",
                    entryRoute = "already-in-post",
                },
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "must contain only letters",
            System
                .Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync())
                .RootElement.GetProperty("errors")
                .GetProperty("givenName")[0]
                .GetString()
        );
    }

    [Fact]
    public async Task A_file_with_hundreds_of_problems_lists_the_first_hundred_and_says_how_many_more()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 150; i++)
            csv.Append(
                $"\nGiven,Family,SW43{i:0000},not-an-email,,,,2025-01-06,,permanent,,1,practitioner,already-in-post,"
            );
        var html = await PreviewAsync(Encoding.UTF8.GetBytes(csv.ToString()), "many.csv");
        Assert.Contains("150 problems in 150 rows", html);
        Assert.Contains("50 more problems not shown", html);
        Assert.Equal(ImportProblemReport.Listed, html.Split("Enter an email address in the correct format").Length - 1);
    }

    [Fact]
    public async Task An_upload_over_the_limit_comes_back_to_its_own_page_saying_what_the_limit_is()
    {
        var (client, token) = await LeedsAsync();
        var response = await client.PostAsync(
            WorkforceLinks.EmployerImport(),
            Upload(new byte[WorkforceFile.MaxBytes + 200 * 1024], "huge.csv", token)
        );
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("The selected file must be smaller than 10 MB", page);
        Assert.Contains("govuk-error-summary", page);
    }
}
