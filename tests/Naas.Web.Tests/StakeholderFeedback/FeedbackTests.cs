using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;
using Naas.Web.Features.StakeholderFeedback;

namespace Naas.Web.Tests.StakeholderFeedback;

/// <summary>Structured feedback for practice leaders (issue 15, item 10; ¶43–45): the leader nominates respondents by
/// category; each answers through a link without an account, once; a category's answers stay hidden until at least
/// three have answered, then only their means are shown; nobody's answer appears on its own anywhere.</summary>
public partial class FeedbackTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex(@"/feedback/([A-Za-z0-9_-]+)")]
    private static partial Regex Link();

    [Fact]
    public async Task Answers_stay_hidden_until_three_in_a_category_have_answered_then_only_their_means_show()
    {
        await LeaderAsync();
        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var page = AccountPage();
        var refused = WebUtility.HtmlDecode(
            await (
                await me.PostFormAsync(page, Http.F(("Category", "Peer"), ("Name", " "), ("Email", "not an email")))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Enter the respondent's name", refused);
        Assert.Contains("Enter an email address in the correct format", refused);
        foreach (
            var (name, email, category) in new[]
            {
                ("Ann", "ann@peers.example", "Peer"),
                ("Ben", "ben@peers.example", "Peer"),
                ("Cat", "cat@peers.example", "Peer"),
                ("Dev", "dev@council.example", "ElectedMember"),
            }
        )
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await me.PostFormAsync(page, Http.F(("Category", category), ("Name", name), ("Email", email)))
                ).StatusCode
            );

        async Task AnswerAsync(string email, int rating, string comment)
        {
            string token;
            await using (var db = app.Db())
                token = Link()
                    .Match((await db.OutboxMessages.SingleAsync(m => m.Recipient == email)).Body)
                    .Groups[1]
                    .Value;
            var respondent = app.Browser();
            var url = StakeholderFeedbackLinks.Respond(token);
            var fields = Enumerable
                .Range(1, 6)
                .Select(i => ($"Area{i}", rating.ToString()))
                .Append(("Comment", comment))
                .ToArray();
            Assert.Equal(
                HttpStatusCode.Redirect,
                (await respondent.PostFormAsync(url, Http.F(fields), url)).StatusCode
            );
            Assert.Contains("You have given your feedback", await respondent.GetStringAsync(url));
        }
        await AnswerAsync("ann@peers.example", 5, "Ann's own words");
        await AnswerAsync("ben@peers.example", 3, "Ben's own words");
        await AnswerAsync("dev@council.example", 1, "Dev's own words");
        var two = WebUtility.HtmlDecode(await me.GetStringAsync(page));
        Assert.Contains("Peers (2 answered)", two);
        Assert.Contains("Shown once 3 have answered", two);
        Assert.DoesNotContain("4.0", two);
        Assert.DoesNotContain("Ann's own words", two);

        await AnswerAsync("cat@peers.example", 4, "Cat's own words");
        var three = WebUtility.HtmlDecode(await me.GetStringAsync(page));
        Assert.Contains("Peers (3 answered)", three);
        Assert.Contains(">4.0<", three);
        // The elected member is one: still hidden. No comment or single answer appears.
        Assert.Contains("Elected members (1 answered)", three);
        Assert.DoesNotContain("own words", three);
        await using (var db = app.Db())
            Assert.DoesNotContain(
                await db.AuditEvents.Where(a => a.EventType == "FeedbackGiven").Select(a => a.Payload).ToListAsync(),
                p => p.Contains("own words") || p.Contains("Ratings")
            );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await app.Browser().GetAsync(StakeholderFeedbackLinks.Respond("made-up-token"))).StatusCode
        );
    }

    [Fact]
    public async Task The_programme_records_the_feedback_into_the_leaders_results_from_shown_groups_only_and_then_the_links_close()
    {
        var endorsement = await LeaderAsync();
        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var people = new[]
        {
            ("p1@rec.example", "Peer", 5),
            ("p2@rec.example", "Peer", 5),
            ("p3@rec.example", "Peer", 5),
            ("p4@rec.example", "Peer", 5),
            ("m1@rec.example", "Manager", 2),
            ("m2@rec.example", "Manager", 2),
            ("m3@rec.example", "Manager", 2),
            ("e1@rec.example", "ElectedMember", 1),
            ("late@rec.example", "Partner", 4),
        };
        foreach (var (email, category, _) in people)
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await me.PostFormAsync(
                        AccountPage(),
                        Http.F(("Category", category), ("Name", email[..2]), ("Email", email))
                    )
                ).StatusCode
            );
        async Task<HttpResponseMessage> AnswerAsync(string email, int rating)
        {
            string token;
            await using (var db = app.Db())
                token = Link()
                    .Match((await db.OutboxMessages.SingleAsync(m => m.Recipient == email)).Body)
                    .Groups[1]
                    .Value;
            var url = StakeholderFeedbackLinks.Respond(token);
            var fields = Enumerable.Range(1, 6).Select(i => ($"Area{i}", rating.ToString())).ToArray();
            return await app.Browser().PostFormAsync(url, Http.F(fields), url);
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var page = StakeholderFeedbackLinks.Admin();
        foreach (var (email, _, rating) in people.Where(p => p.Item2 != "Partner" && p.Item2 != "Manager"))
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(email, rating)).StatusCode);
        Assert.Contains(
            "Structured feedback is scored once at least 2 groups each have 3 answers: 1 has",
            WebUtility.HtmlDecode(await admin.GetStringAsync(page))
        );
        foreach (var (email, _, rating) in people.Where(p => p.Item2 == "Manager"))
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(email, rating)).StatusCode);
        var waiting = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("No pass mark has been adopted for the stakeholder feedback at this status", waiting);
        // Peers 5 and managers 2 on each of six areas, each group weighed equally: 3.5 × 6 = 21 of 30. The single
        // elected member's 1s would have pulled it down: they are not counted, so they cannot be read back.
        Assert.Contains("21 of 30", waiting);
        Assert.Contains("Elected members: 1 (not shown yet)", waiting);
        var refused = WebUtility.HtmlDecode(
            await (
                await admin.PostFormAsync($"{page}?handler=Record&endorsementId={endorsement}", [], page)
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("There is a problem", refused);
        Assert.Contains("No pass mark has been adopted", refused);

        await Arrange.AdoptedPassMarkAsync(
            app,
            "StakeholderFeedback",
            string.Join("\n", Enumerable.Range(1, 6).Select(i => $"Area {i}|5")),
            18m,
            StatusLevel.Leader
        );
        Assert.Contains(FeedbackService.Ready, WebUtility.HtmlDecode(await admin.GetStringAsync(page)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{page}?handler=Record&endorsementId={endorsement}", [], page)).StatusCode
        );
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m =>
                m.EndorsementId == endorsement && m.Element == "StakeholderFeedback" && m.SupersededAt == null
            );
            Assert.Equal((21m, 30m, 18m), (mark.Score, mark.Max, mark.PassMark));
            Assert.Equal("Structured feedback, 7 respondents in 2 groups", mark.Source);
            Assert.Contains("7 respondents in 2 groups (peers, managers)", mark.Feedback);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == mark.Id && a.EventType == "ElementMarked"));
        }
        Assert.Contains("Recorded: 21 of 30, passed", WebUtility.HtmlDecode(await admin.GetStringAsync(page)));
        // The links already sent close; the leader cannot ask anyone else for this assessment.
        var late = await AnswerAsync("late@rec.example", 4);
        Assert.Contains(
            "has been scored for their assessment, so it takes no more answers",
            WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync())
        );
        var more = await me.PostFormAsync(
            AccountPage(),
            Http.F(("Category", "Partner"), ("Name", "Zed"), ("Email", "zed@rec.example"))
        );
        Assert.Contains(
            "Your structured feedback has been scored for this assessment",
            WebUtility.HtmlDecode(await more.Content.ReadAsStringAsync())
        );
        // Nobody else reads the programme's page.
        Http.AssertRefused(await me.GetAsync(page));
    }

    private static string AccountPage() => StakeholderFeedbackLinks.Me();

    /// <summary>Amara endorsed and agreed as a practice leader, a minute after anything earlier, so that requests made
    /// for an earlier assessment are not hers now.</summary>
    private async Task<Guid> LeaderAsync()
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var db = app.Db();
        var e = await Arrange.EndorsementAsync(
            db,
            "SW100001",
            EndorsementState.Agreed,
            app.Clock.GetUtcNow(),
            "A leader"
        );
        e.Level = StatusLevel.Leader;
        db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Arranged", "As a practice leader"));
        await db.SaveChangesAsync();
        return e.Id;
    }
}
