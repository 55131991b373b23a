using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;

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
        await using (var db = app.Db())
        {
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
        }
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

    private static string AccountPage() => StakeholderFeedbackLinks.Me();
}
