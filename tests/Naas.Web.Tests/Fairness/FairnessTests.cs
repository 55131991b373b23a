using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Fairness;
using Naas.Domain.Results;
using Naas.Web.Features;

namespace Naas.Web.Tests.Fairness;

/// <summary>Equality monitoring and pass rates by group (issue 16, items 1 to 3): given by choice, kept apart and read
/// per person only by that person; reported only in aggregate, with groups too small to hide a person in shown as
/// "fewer than N" on the page and in the CSV, and never one such group alone.</summary>
public class FairnessTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static string Page(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task Equality_information_is_optional_kept_as_typed_when_wrong_and_never_in_the_audit()
    {
        Guid amara;
        await using (var db = app.Db())
            amara = (await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001")).Id;
        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var url = FairnessLinks.MeEquality();
        Assert.Contains("is never seen by your employer", Page(await me.GetStringAsync(url)));
        var wrong = Page(
            await (
                await me.PostFormAsync(url, Http.F(("AgeBand", "From50To59"), ("Ethnicity", "Martian"), ("Sex", "")))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Select your ethnic group from the list, or leave it unanswered", wrong);
        Assert.Contains("value=\"From50To59\" checked", wrong.Replace("checked=\"checked\"", "checked"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await me.PostFormAsync(url, Http.F(("AgeBand", "From50To59"), ("Ethnicity", "Caribbean")))).StatusCode
        );
        await using (var db = app.Db())
        {
            var r = await db.EqualityRecords.IgnoreQueryFilters().SingleAsync(x => x.SocialWorkerId == amara);
            Assert.Equal((AgeBand.From50To59, Ethnicity.Caribbean, (Sex?)null), (r.AgeBand, r.Ethnicity, r.Sex));
            var audit = await db.AuditEvents.Where(a => a.SubjectId == r.Id).Select(a => a.Payload).ToListAsync();
            Assert.NotEmpty(audit);
            // Not the answers, in code or in words (ids are in the payload, so not a bare "50": a GUID can hold it).
            Assert.DoesNotContain(
                audit,
                p =>
                    p.Contains("Caribbean")
                    || p.Contains("From50To59")
                    || p.Contains("50 to 59")
                    || p.Contains("AgeBand")
            );
        }

        // Nobody else reads it: not the programme, not the employer, not a reviewer or an observer.
        foreach (
            var email in new[]
            {
                DemoData.AdminEmail,
                DemoData.LeedsLeadEmail,
                DemoData.ReviewerEmail,
                DemoData.InvigilatorEmail,
                DemoData.AnalystEmail,
            }
        )
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            Http.AssertRefused(await other.GetAsync(url));
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var timeline = Page(await admin.GetStringAsync($"/admin/timeline/{amara}"));
        Assert.Contains("Equality monitoring information given or changed", timeline);
        Assert.DoesNotContain("Caribbean", timeline);

        // Their own download carries it, in words; removing it removes it.
        using (
            var package = new System.IO.Compression.ZipArchive(
                new MemoryStream(await me.GetByteArrayAsync(WorkforceLinks.MeDownload()))
            )
        )
        {
            using var record = package.GetEntry("record.json")!.Open();
            var given = System.Text.Json.Nodes.JsonNode.Parse(record)!["equalityInformation"]!;
            Assert.Equal(("50 to 59", "Caribbean"), ((string?)given["age"], (string?)given["ethnicGroup"]));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await me.PostFormAsync($"{url}?handler=Remove", [], url)).StatusCode);
        await using (var db = app.Db())
            Assert.False(await db.EqualityRecords.IgnoreQueryFilters().AnyAsync(x => x.SocialWorkerId == amara));
    }

    [Fact]
    public async Task The_analyst_sees_pass_rates_by_group_with_small_groups_hidden_on_the_page_and_in_the_csv()
    {
        // 20 under 30 (16 accredited), 15 aged 50 to 59 (6 accredited), 12 aged 40 to 49 (9), and one aged 60 or
        // over, accredited: that one must never be readable.
        await using (var db = app.Db())
        {
            var leeds = await db.Organisations.SingleAsync(o => o.Name == Arrange.Employer);
            var n = 0;
            foreach (
                var (band, count, passed) in new[]
                {
                    (AgeBand.Under30, 20, 16),
                    (AgeBand.From50To59, 15, 6),
                    (AgeBand.From40To49, 12, 9),
                    (AgeBand.From60, 1, 1),
                }
            )
                for (var i = 0; i < count; i++)
                {
                    n++;
                    var person = new SocialWorker
                    {
                        GivenName = "Fair",
                        FamilyName = $"Test{n}",
                        RegistrationNumber = $"SWF{n:00000}",
                        Email = $"fair{n}@example.org",
                    };
                    var e = Arrange.Endorsement(person.Id, leeds.Id, EndorsementState.Agreed, app.Clock.GetUtcNow());
                    var pass = i < passed;
                    db.AddRange(
                        person,
                        e,
                        new ResultRelease
                        {
                            EndorsementId = e.Id,
                            SocialWorkerId = person.Id,
                            Outcome = pass ? OutcomeKind.Accredited : OutcomeKind.RetakeWhole,
                            ReleasedAt = app.Clock.GetUtcNow(),
                            ReleasedBy = "Programme",
                        },
                        new ElementMark
                        {
                            EndorsementId = e.Id,
                            SocialWorkerId = person.Id,
                            Element = "Knowledge",
                            Score = pass ? 25 : 12,
                            Max = 30,
                            PassMark = 20,
                            Result = pass ? ElementResult.Pass : ElementResult.Fail,
                            Source = "Arranged",
                            RecordedBy = "Programme",
                            RecordedAt = app.Clock.GetUtcNow(),
                        },
                        new EqualityRecord
                        {
                            SocialWorkerId = person.Id,
                            AgeBand = band,
                            UpdatedAt = app.Clock.GetUtcNow(),
                        }
                    );
                }
            db.Record(new ArrangedOutsideTheService("ResultRelease", null, "Arranged", "Released results by age"));
            await db.SaveChangesAsync();
        }
        var analyst = app.Browser();
        await analyst.SignInAsync(DemoData.AnalystEmail);
        var page = Page(await analyst.GetStringAsync($"{FairnessLinks.PassRates()}?grouping=Age"));
        Assert.Contains("Pass rates by age band", page);
        Assert.Contains("<svg", page);
        // 6 of 15 (40%) against 16 of 20 (80%): half the highest rate, under four-fifths.
        Assert.Contains("40.0%", page);
        Assert.Contains("Under four-fifths", page);
        var csv = await analyst.GetAsync(FairnessLinks.PassRatesCsv("Age"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var overall = lines.Where(l => l.Contains(FairnessDataOverall)).ToList();
        Assert.Contains(overall, l => l.StartsWith("Age band,Overall: accredited,60 and over,fewer than 10,"));
        // Never one hidden group alone in a table: the total would give it away.
        foreach (var table in lines.Skip(1).GroupBy(l => l.Split(',')[1]))
            Assert.NotEqual(1, table.Count(l => l.Contains("fewer than 10")));
        Assert.Contains(overall, l => l.StartsWith("Age band,Overall: accredited,50 to 59,15,5,0.400,0.500,yes,"));

        // A window's or a year's results: the dates bound the release, on the page and in the CSV.
        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1);
        var later =
            $"{FairnessLinks.PassRates()}?grouping=Age&From.Day={tomorrow.Day}&From.Month={tomorrow.Month}&From.Year={tomorrow.Year}";
        var none = Page(await analyst.GetStringAsync(later));
        Assert.Contains("No results were released in these dates.", none);
        Assert.Contains($"Released from {tomorrow:d MMMM yyyy}", none);
        Assert.DoesNotContain("40.0%", none);
        var noneCsv = await analyst.GetStringAsync(later + "&handler=Csv");
        Assert.DoesNotContain("50 to 59,15,", noneCsv);
        // A date that is not a real one is said plainly, and the report is of every date.
        var wrong = Page(
            await analyst.GetStringAsync($"{FairnessLinks.PassRates()}?grouping=Age&To.Day=31&To.Month=2&To.Year=2026")
        );
        Assert.Contains("There is a problem", wrong);
        Assert.Contains("Released to must be a real date", wrong);
        Assert.Contains("40.0%", wrong);

        // The report is the analyst's: not the programme administrator's, nor an employer's.
        foreach (var email in new[] { DemoData.AdminEmail, DemoData.LeedsLeadEmail, DemoData.SocialWorkerEmail })
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            Http.AssertRefused(await other.GetAsync(FairnessLinks.PassRates()));
        }
    }

    private const string FairnessDataOverall = Naas.Web.Features.Fairness.FairnessData.Overall;
}
