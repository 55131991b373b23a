using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Web.Tests.StandardSetting;

/// <summary>¶40: pass marks agreed by two independent panels. Neither panel sees the other's ratings through any page
/// or the API; the programme sees both side by side once both close and adopts a pass mark with its
/// rationale.</summary>
public class StandardSettingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task PanellistsAsync(params string[] emails)
    {
        var users = app.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var email in emails)
        {
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var u = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = email.Split('@')[0],
                EmailConfirmed = true,
            };
            Assert.True((await users.CreateAsync(u, DemoData.Password)).Succeeded);
            await users.AddToRoleAsync(u, Roles.StandardSettingPanellist);
        }
    }

    private static async Task<string> TextAsync(HttpResponseMessage res) =>
        WebUtility.HtmlDecode(await res.Content.ReadAsStringAsync());

    private async Task<HttpClient> AsAsync(string email)
    {
        var c = app.Browser();
        await c.SignInAsync(email);
        return c;
    }

    private static async Task RateAllAsync(HttpClient panellist, Guid exercise, string value)
    {
        var html = await panellist.GetStringAsync(StandardSettingLinks.PanelRate(exercise));
        var fields = Regex.Matches(html, "name=\"(r-[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(fields);
        var res = await panellist.PostFormAsync(
            StandardSettingLinks.PanelRate(exercise),
            fields.Select(f => new KeyValuePair<string, string>(f, value)),
            StandardSettingLinks.PanelRate(exercise)
        );
        Assert.Equal(HttpStatusCode.Redirect, res.StatusCode);
    }

    [Fact]
    public async Task Two_independent_panels_rate_in_two_rounds_neither_sees_the_other_and_the_adopted_ratings_set_every_forms_pass_mark_para40()
    {
        await PanellistsAsync("p1a@panel.example", "p1b@panel.example", "p2a@panel.example", "p2b@panel.example");
        var admin = await AsAsync(DemoData.AdminEmail);

        // Set-up is validated: the panels must be independent, and every member a panellist.
        var overlap = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Knowledge"),
                ("Panel1", "p1a@panel.example\np1b@panel.example"),
                ("Panel2", "p1a@panel.example\np2b@panel.example")
            ),
            StandardSettingLinks.Admin()
        );
        var overlapHtml = await TextAsync(overlap);
        Assert.Contains("The panels must be independent: p1a@panel.example cannot sit on both", overlapHtml);
        Assert.Contains("p1b@panel.example", overlapHtml); // what was typed is kept
        var notPanellist = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Knowledge"),
                ("Panel1", "p1a@panel.example\np1b@panel.example"),
                ("Panel2", "p2a@panel.example\n" + DemoData.SocialWorkerEmail)
            ),
            StandardSettingLinks.Admin()
        );
        Assert.Contains(
            $"{DemoData.SocialWorkerEmail} is not a standard-setting panellist's account",
            await TextAsync(notPanellist)
        );

        var created = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Knowledge"),
                ("Panel1", "p1a@panel.example\np1b@panel.example"),
                ("Panel2", "p2a@panel.example\np2b@panel.example")
            ),
            StandardSettingLinks.Admin()
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var exercise = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var url = StandardSettingLinks.AdminExercise(exercise);

        var (p1a, p1b, p2a, p2b) = (
            await AsAsync("p1a@panel.example"),
            await AsAsync("p1b@panel.example"),
            await AsAsync("p2a@panel.example"),
            await AsAsync("p2b@panel.example")
        );
        // A rating out of range is refused, naming it, with what was typed kept; nothing is saved.
        var page = await p1a.GetStringAsync(StandardSettingLinks.PanelRate(exercise));
        var first = Regex.Match(page, "name=\"(r-[^\"]+)\"").Groups[1].Value;
        var wrong = await p1a.PostFormAsync(
            StandardSettingLinks.PanelRate(exercise),
            Http.F((first, "1.7")),
            StandardSettingLinks.PanelRate(exercise)
        );
        var wrongHtml = await TextAsync(wrong);
        Assert.Contains("must be a chance from 0 to 1", wrongHtml);
        Assert.Contains("value=\"1.7\"", wrongHtml);
        await using (var db = app.Db())
            Assert.False(await db.PanelRatings.AnyAsync(r => r.ExerciseId == exercise));

        // Round 1: distinctive values per panel.
        await RateAllAsync(p1a, exercise, "0.31");
        await RateAllAsync(p1b, exercise, "0.35");
        Assert.Contains(
            "Waiting for round 1 ratings from p2a, p2b",
            await TextAsync(await admin.PostFormAsync($"{url}?handler=Advance", [], url))
        );
        await RateAllAsync(p2a, exercise, "0.81");
        await RateAllAsync(p2b, exercise, "0.89");
        var before = await TextAsync(await admin.GetAsync(url));
        Assert.DoesNotContain("id=\"comparison\"", before); // not even the programme sees the panels before both close
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Advance", [], url)).StatusCode
        );

        // Round 2: each panellist sees their own panel's round-1 average, never the other panel's ratings or average.
        var panel1Page = await TextAsync(await p1b.GetAsync(StandardSettingLinks.PanelRate(exercise)));
        Assert.Contains("your panel's round 1 average: 0.33", panel1Page);
        foreach (var other in new[] { "0.81", "0.89", "0.85" })
            Assert.DoesNotContain(other, panel1Page);
        var panel2Page = await TextAsync(await p2a.GetAsync(StandardSettingLinks.PanelRate(exercise)));
        Assert.Contains("your panel's round 1 average: 0.85", panel2Page);
        foreach (var other in new[] { "0.31", "0.35", "0.33" })
            Assert.DoesNotContain(other, panel2Page);
        // No other route gives a panellist the comparison: the programme's pages are closed to them, the API has no
        // such path.
        foreach (var path in new[] { url, StandardSettingLinks.Admin(), "/panel/" + Guid.NewGuid() })
            Http.AssertRefused(await p1a.GetAsync(path));
        var openApi = await app.Browser().GetStringAsync(ApiLinks.OpenApi());
        Assert.DoesNotContain("panel", openApi, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("standard-setting", openApi, StringComparison.OrdinalIgnoreCase);

        await RateAllAsync(p1a, exercise, "0.5");
        await RateAllAsync(p1b, exercise, "0.6");
        await RateAllAsync(p2a, exercise, "0.6");
        await RateAllAsync(p2b, exercise, "0.7");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Advance", [], url)).StatusCode
        );

        // Both closed: side by side, with standard errors and agreement.
        var closed = await TextAsync(await admin.GetAsync(url));
        Assert.Contains("id=\"comparison\"", closed);
        Assert.Contains("they agree", closed);
        var noReason = await admin.PostFormAsync(
            $"{url}?handler=Adopt",
            Http.F(("PassMark", "7"), ("Rationale", "")),
            url
        );
        Assert.Contains("Give the rationale for this pass mark", await TextAsync(noReason));
        var adopted = await admin.PostFormAsync(
            $"{url}?handler=Adopt",
            Http.F(
                ("PassMark", "7.2"),
                ("Rationale", "Both panels within one standard error; the mean of the two adopted.")
            ),
            url
        );
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        await using (var db = app.Db())
        {
            var ratings = await db
                .KnowledgeItemVersions.Where(v =>
                    v.Status == ItemStatus.Live
                    && (v.AppliedFor == null || v.AppliedFor == Naas.Domain.Workforce.StatusLevel.Practitioner)
                )
                .Select(v => v.Rating)
                .ToListAsync();
            Assert.All(ratings, r => Assert.Equal(0.6m, r)); // the mean of 0.5, 0.6, 0.6 and 0.7
            var audit = await db.AuditEvents.SingleAsync(a => a.SubjectId == exercise && a.Action == "Adopted");
            Assert.Contains("Both panels within one standard error", audit.Reason);
        }
        // Adopting again from the same exercise is refused: a new pass mark needs a new exercise.
        Assert.Contains(
            "already been adopted",
            await TextAsync(
                await admin.PostFormAsync(
                    $"{url}?handler=Adopt",
                    Http.F(("PassMark", "8"), ("Rationale", "Trying to change it quietly afterwards.")),
                    url
                )
            )
        );
    }

    [Fact]
    public async Task A_rated_performance_is_set_on_its_marking_criteria_and_markers_must_use_the_adopted_pass_mark_para40()
    {
        await PanellistsAsync("w1a@panel.example", "w1b@panel.example", "w2a@panel.example", "w2b@panel.example");
        var admin = await AsAsync(DemoData.AdminEmail);
        var noCriteria = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Written"),
                ("Criteria", "Analysis of risk"),
                ("Panel1", "w1a@panel.example\nw1b@panel.example"),
                ("Panel2", "w2a@panel.example\nw2b@panel.example")
            ),
            StandardSettingLinks.Admin()
        );
        Assert.Contains("Line 1 must be a criterion, a | and its maximum marks", await TextAsync(noCriteria));
        var created = await admin.PostFormAsync(
            StandardSettingLinks.Admin(),
            Http.F(
                ("Level", "Practitioner"),
                ("Element", "Written"),
                ("Criteria", "Analysis of risk|20\nRecording and decisions|20"),
                ("Panel1", "w1a@panel.example\nw1b@panel.example"),
                ("Panel2", "w2a@panel.example\nw2b@panel.example")
            ),
            StandardSettingLinks.Admin()
        );
        var exercise = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var url = StandardSettingLinks.AdminExercise(exercise);
        var raters = new[] { ("w1a", "13"), ("w1b", "14"), ("w2a", "14"), ("w2b", "15") };
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var (who, given) in raters)
                await RateAllAsync(await AsAsync($"{who}@panel.example"), exercise, given);
            Assert.Equal(
                HttpStatusCode.Redirect,
                (await admin.PostFormAsync($"{url}?handler=Advance", [], url)).StatusCode
            );
        }
        Assert.Contains("out of 40", await TextAsync(await admin.GetAsync(url)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{url}?handler=Adopt",
                    Http.F(("PassMark", "28"), ("Rationale", "Panels 27 and 29, agreeing; the mean adopted.")),
                    url
                )
            ).StatusCode
        );

        // A marker recording the written element with another pass mark is refused, naming the adopted one.
        Guid endorsement;
        await using (var db = app.Db())
        {
            var e = await Arrange.EndorsementAsync(
                db,
                "SW100003",
                Naas.Domain.Endorsements.EndorsementState.InAssessment,
                NaasFactory.Now,
                "For the pass-mark test"
            );
            endorsement = e.Id;
        }
        var marks = ResultsLinks.AdminAssessment(endorsement);
        var other = await admin.PostFormAsync(
            $"{marks}?handler=Mark",
            Http.F(("Element", "Written"), ("Score", "30"), ("Max", "40"), ("PassMark", "24")),
            marks
        );
        Assert.Contains("The pass mark adopted for this element after standard setting is 28", await TextAsync(other));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{marks}?handler=Mark",
                    Http.F(("Element", "Written"), ("Score", "30"), ("Max", "40"), ("PassMark", "28")),
                    marks
                )
            ).StatusCode
        );
    }
}
