using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.DevelopmentPlans;

/// <summary>A development plan the candidate and employer agree and track (¶34, ¶41): drafted from the report's areas
/// for development, seen by the employer only once sent, agreed by both, changes needing agreement again, and progress
/// recorded by either, every step audited.</summary>
public class DevelopmentPlanTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_plan_is_drafted_from_the_report_sent_agreed_by_both_tracked_and_agreed_again_after_a_change_para41()
    {
        var endorsement = await Assessed.MarkedAsync(
            app,
            "SW100001",
            knowledge: 30,
            observation: 27,
            written: 30,
            reflective: 31
        );
        await Assessed.ReleaseAsync(app, endorsement);
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var url = DevelopmentPlansLinks.MePlan(endorsement);
        var page = await Assessed.TextAsync(await amara.GetAsync(url));
        Assert.Contains("Your report's areas for development: Simulated observation", page);

        // Bad input: each problem named, and what was typed kept.
        var bad = await Assessed.TextAsync(
            await amara.PostFormAsync(
                $"{url}?handler=Goal",
                Http.F(
                    ("Support", "Time in supervision to reflect"),
                    ("By.Day", "1"),
                    ("By.Month", "1"),
                    ("By.Year", "2020")
                ),
                url
            )
        );
        Assert.Contains("Select the area this goal is about", bad);
        Assert.Contains("Enter what you will do", bad);
        Assert.Contains("The date must be in the future", bad);
        Assert.Contains("Time in supervision to reflect", bad);
        Assert.Contains("govuk-error-summary", bad);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await amara.PostFormAsync(
                    $"{url}?handler=Goal",
                    Http.F(
                        ("Area", "Simulated observation"),
                        ("Action", "Shadow two child protection conferences and reflect on them in supervision"),
                        ("Support", "Time in supervision to reflect"),
                        ("By.Day", "27"),
                        ("By.Month", "3"),
                        ("By.Year", "2027")
                    ),
                    url
                )
            ).StatusCode
        );
        Guid plan;
        await using (var db = app.Db())
        {
            var p = await db.DevelopmentPlans.Include(x => x.Goals).SingleAsync(x => x.EndorsementId == endorsement);
            plan = p.Id;
            Assert.Equal(
                (new DateOnly(2027, 3, 27), "NotStarted"),
                (p.Goals.Single().TargetDate, p.Goals.Single().Progress)
            );
            Assert.Null(p.SharedAt);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == plan && a.Action == "Started"));
        }

        // Not sent: the employer sees nothing of it; another social worker never does.
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.DoesNotContain("Amara", await lead.GetStringAsync(DevelopmentPlansLinks.Employer()));
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await lead.GetAsync(DevelopmentPlansLinks.EmployerShow(plan))).StatusCode
        );
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        Assert.Equal(HttpStatusCode.NotFound, (await tom.GetAsync(url)).StatusCode);

        // Sent: the endorsing employer sees the plan (not the report's marks); another employer does not.
        Assert.Equal(HttpStatusCode.Redirect, (await amara.PostFormAsync($"{url}?handler=Send", [], url)).StatusCode);
        await using (var db = app.Db())
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.LeedsLeadEmail && m.Subject == "A development plan to agree"
                )
            );
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await manchester.GetAsync(DevelopmentPlansLinks.EmployerShow(plan))).StatusCode
        );
        var show = DevelopmentPlansLinks.EmployerShow(plan);
        var seen = await Assessed.TextAsync(await lead.GetAsync(show));
        Assert.Contains("Shadow two child protection conferences", seen);
        Assert.DoesNotContain("27 of 40", seen);

        // The employer asks for changes (a comment is needed), the social worker sends it again, the employer agrees.
        Assert.Contains(
            "Enter what you would like changed",
            await Assessed.TextAsync(await lead.PostFormAsync($"{show}?handler=Respond", Http.F(("Agree", "no")), show))
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    $"{show}?handler=Respond",
                    Http.F(("Agree", "no"), ("Comment", "Add a date for the first conference.")),
                    show
                )
            ).StatusCode
        );
        Assert.Contains("Add a date for the first conference.", await Assessed.TextAsync(await amara.GetAsync(url)));
        Assert.Contains("The social worker is changing this plan", await Assessed.TextAsync(await lead.GetAsync(show)));
        Assert.Equal(HttpStatusCode.Redirect, (await amara.PostFormAsync($"{url}?handler=Send", [], url)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await lead.PostFormAsync($"{show}?handler=Respond", Http.F(("Agree", "yes")), show)).StatusCode
        );

        // Agreed by both: either records progress.
        Guid goal;
        await using (var db = app.Db())
            goal = (await db.DevelopmentGoals.SingleAsync(g => g.PlanId == plan)).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    $"{show}?handler=Progress",
                    Http.F(("Goal", goal.ToString()), ("Progress", "InProgress"), ("Note", "First conference booked")),
                    show
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await amara.PostFormAsync(
                    $"{url}?handler=Progress",
                    Http.F(("Goal", goal.ToString()), ("Progress", "Achieved")),
                    url
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var g = await db.DevelopmentGoals.SingleAsync(x => x.Id == goal);
            Assert.Equal(
                ("Achieved", "First conference booked", "Amara Okafor"),
                (g.Progress, g.ProgressNote, g.UpdatedBy.Split(" (")[0])
            );
            Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.SubjectId == goal && a.Action == "Progress"));
        }
        Assert.Contains("1 of 1 achieved", await lead.GetStringAsync(DevelopmentPlansLinks.Employer()));

        // A new goal after agreement clears both agreements; progress waits until both agree again.
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await amara.PostFormAsync(
                    $"{url}?handler=Goal",
                    Http.F(
                        ("Area", "Simulated observation"),
                        ("Action", "Lead a family group conference"),
                        ("By.Day", "1"),
                        ("By.Month", "9"),
                        ("By.Year", "2027")
                    ),
                    url
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var p = await db.DevelopmentPlans.SingleAsync(x => x.Id == plan);
            Assert.Equal((null, null), (p.CandidateAgreedAt, p.EmployerAgreedAt));
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == plan && a.Action == "AgreementCleared"));
        }
        Assert.Contains(
            "Progress is recorded once you have both agreed the plan",
            await Assessed.TextAsync(
                await lead.PostFormAsync(
                    $"{show}?handler=Progress",
                    Http.F(("Goal", goal.ToString()), ("Progress", "InProgress")),
                    show
                )
            )
        );

        // The plan is part of the social worker's record: it is in their download package.
        using var package = new System.IO.Compression.ZipArchive(
            new MemoryStream(await (await amara.GetAsync(WorkforceLinks.MeDownload())).Content.ReadAsByteArrayAsync())
        );
        using var record = package.GetEntry("record.json")!.Open();
        var plans = System.Text.Json.Nodes.JsonNode.Parse(record)!["developmentPlans"]!.AsArray();
        Assert.Equal(
            [
                "Lead a family group conference",
                "Shadow two child protection conferences and reflect on them in supervision",
            ],
            plans.Single()!["goals"]!.AsArray().Select(g => (string)g!["Action"]!).Order()
        );
    }
}
