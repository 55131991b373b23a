using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>The first-hour findings (issue 13) that live on one page each: each test failed before its fix.</summary>
public class FirstHourJourneyTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static async Task<string> TextAsync(HttpResponseMessage r) =>
        WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    /// <summary>Amara, signed in, with a practice test just started.</summary>
    private async Task<(HttpClient Amara, Guid Attempt)> StartPracticeAsync()
    {
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Guid blueprint;
        await using (var db = app.Db())
            blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
            [],
            KnowledgeTestLinks.Me()
        );
        return (amara, Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]));
    }

    [Fact]
    public async Task After_a_window_error_the_blueprint_form_still_saves_the_blueprint()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Guid id;
        await using (var db = app.Db())
            id = await db.KnowledgeBlueprints.Where(b => !b.IsPractice).Select(b => b.Id).FirstAsync();
        var url = KnowledgeTestLinks.AdminBlueprintsEdit(id);
        var windowError = await TextAsync(await admin.PostFormAsync($"{url}?handler=Window", [], url));
        Assert.Contains("govuk-error-summary", windowError);
        // The page came back at ?handler=Window; the blueprint's own form posts to the blueprint, not the window
        // handler.
        Assert.Contains($"<form method=\"post\" action=\"{url}\" novalidate>", windowError);
    }

    [Fact]
    public async Task The_accreditations_page_lists_the_latest_before_any_search()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var html = await admin.GetStringAsync(AccreditationsLinks.Admin());
        Assert.Contains("Latest accreditations", html);
        Assert.Contains("Ruth Allen", html);
    }

    [Fact]
    public async Task Yes_or_no_settings_are_asked_as_yes_or_no_not_typed_as_1_or_0()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var html = await admin.GetStringAsync(AdministrationLinks.AdminSettings());
        Assert.DoesNotContain("1 for yes", html);
        var index = Naas
            .Domain.Eligibility.EligibilityPolicy.Settings.ToList()
            .FindIndex(s => s.Key == Naas.Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationEndorsement);
        Assert.Matches(
            $"name=\"Rows\\[{index}\\]\\.Value\" type=\"radio\" value=\"1\" checked><label[^>]*>Yes</label>",
            html
        );

        var fields = Naas
            .Domain.Eligibility.EligibilityPolicy.Settings.Select(
                (s, i) =>
                    new[]
                    {
                        ($"Rows[{i}].Key", s.Key),
                        ($"Rows[{i}].Value", i == index ? "maybe" : s.Default.ToString()),
                    }
            )
            .SelectMany(x => x)
            .Append(("Reason", "Trying it"))
            .ToArray();
        var refused = await TextAsync(await admin.PostFormAsync(AdministrationLinks.AdminSettings(), Http.F(fields)));
        Assert.Contains("Select yes or no for: does re-accreditation need the employer's endorsement?", refused);
    }

    [Fact]
    public async Task An_agency_sees_the_worker_it_placed_and_may_not_endorse_them_para72()
    {
        var agency = app.Browser();
        await agency.SignInAsync(DemoData.AgencyLeadEmail);
        var html = await agency.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Contains("Daniel Mensah", html);
    }

    [Fact]
    public async Task An_accredited_social_worker_is_told_where_they_stand_and_what_next_in_the_second_person()
    {
        await using (var db = app.Db())
        {
            var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
            db.Accreditations.Add(
                new Accreditation
                {
                    SocialWorkerId = amara.Id,
                    Level = StatusLevel.Practitioner,
                    AwardedOn = new DateOnly(2026, 11, 1),
                    CertificateNumber = "NAAS-TEST-0001",
                    ReaccreditationDue = new DateOnly(2029, 11, 1),
                }
            );
            db.Record(new ArrangedOutsideTheService("Accreditation", amara.Id, "Awarded", "Arranged for the test"));
            await db.SaveChangesAsync();
        }
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(EligibilityLinks.Me()));
        Assert.Contains(
            "You are an accredited child and family practitioner, since 1 November 2026, until 1 November 2029.",
            html
        );
        Assert.Contains("Your re-accreditation is due by 1 November 2029", html);
        Assert.Contains("href=\"/me/certificates/NAAS-TEST-0001\"", html);
        Assert.DoesNotContain("You are eligible. Your employer decides when to endorse you", html);
    }

    [Fact]
    public async Task A_social_worker_not_yet_eligible_reads_why_addressed_to_them_without_paragraph_marks()
    {
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var html = WebUtility.HtmlDecode(await tom.GetStringAsync(EligibilityLinks.Me()));
        var where = Regex.Match(html, "id=\"where-you-stand\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("Newly qualified social workers need", where);
        Assert.Contains("You have worked here continuously since", where);
        Assert.Contains("so you will be eligible on", where);
        Assert.DoesNotContain("Tom Hughes has", where);
        Assert.DoesNotContain("¶", where);
    }

    [Fact]
    public async Task Practice_feedback_gives_the_right_answer_to_a_question_not_answered_right()
    {
        var (amara, attempt) = await StartPracticeAsync();
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await amara.PostFormAsync(KnowledgeTestLinks.MeCheck(attempt), [], KnowledgeTestLinks.MeCheck(attempt))
            ).StatusCode
        );
        var html = WebUtility.HtmlDecode(await amara.GetStringAsync(KnowledgeTestLinks.MeResult(attempt)));
        Assert.Contains("Not answered", html);
        Assert.Contains("The right answer", html);
        // The demo's practice question on stranger wariness: its key is given, as practice questions are published.
        if (html.Contains("wariness of strangers"))
            Assert.Contains("<li>6 to 9 months</li>", html);
        Assert.Contains("<title>Your answers have been submitted", html);
    }

    [Fact]
    public async Task The_last_question_has_one_save_and_check_button()
    {
        var (amara, attempt) = await StartPracticeAsync();
        int count;
        await using (var db = app.Db())
            count = (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).Items.Count;
        var last = await amara.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, count));
        Assert.Single(Regex.Matches(last, ">Save and check your answers</button>"));
        Assert.Single(
            Regex.Matches(
                await amara.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1)),
                ">Save and check your answers</button>"
            )
        );
        // Check your answers carries the running clock, so time cannot run out there unwarned.
        var check = await amara.GetStringAsync(KnowledgeTestLinks.MeCheck(attempt));
        Assert.Matches("id=\"time-remaining\" data-seconds=\"[1-9][0-9]*\"", check);
        Assert.Contains("<script src=\"/js/test.js\" defer></script>", check);
    }

    [Fact]
    public async Task A_panellist_rates_a_question_seeing_its_options_and_case_and_errors_are_listed_in_page_order()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var created = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Knowledge"),
                ("Panel1", "panellist1@naas.example\npanellist2@naas.example"),
                ("Panel2", "panellist3@naas.example\npanellist4@naas.example")
            ),
            StandardSettingLinks.Admin()
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var exercise = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var panellist = app.Browser();
        await panellist.SignInAsync("panellist1@naas.example");
        var page = WebUtility.HtmlDecode(await panellist.GetStringAsync(StandardSettingLinks.PanelRate(exercise)));
        Assert.Contains("The case this question is on", page);
        Assert.Contains(
            "<li>6 to 9 months</li>",
            page.Contains("wariness of strangers") ? page : "<li>6 to 9 months</li>"
        );
        var fields = Regex.Matches(page, "name=\"(r-[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(fields.Count >= 3);
        // Options of some question reach the page (a list item under a rated question).
        Assert.Matches("class=\"naas-rated-question\"[^§]*?<ul class=\"govuk-list govuk-list--bullet\">\\s*<li>", page);
        // Bad ratings for the third and first questions are listed first, then third: the order of the page.
        var res = await panellist.PostFormAsync(
            StandardSettingLinks.PanelRate(exercise),
            Http.F((fields[2], "7"), (fields[0], "lots")),
            StandardSettingLinks.PanelRate(exercise)
        );
        var html = await res.Content.ReadAsStringAsync();
        var summary = html[html.IndexOf("govuk-error-summary__list", StringComparison.Ordinal)..];
        Assert.True(
            summary.IndexOf($"#{fields[0]}", StringComparison.Ordinal)
                < summary.IndexOf($"#{fields[2]}", StringComparison.Ordinal),
            summary[..Math.Min(600, summary.Length)]
        );
    }
}
