using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Scenarios;

/// <summary>The scenario library (issue 15, item 1): a content author writes a simulation's briefing, actor's brief and
/// marking guide; another author approves it; a version used in an assessment never changes; candidates, employers and
/// observers cannot open it.</summary>
public partial class ScenarioLibraryTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex("/content/scenarios/([0-9a-f-]{36})")]
    private static partial Regex ScenarioLink();

    private static IEnumerable<KeyValuePair<string, string>> Scenario(
        string title,
        string? forStatus = "Practitioner"
    ) =>
        Http.F(
            ("Draft.For", forStatus ?? ""),
            ("Draft.Title", title),
            ("Draft.CaseName", "The Clarke family"),
            ("Draft.Part", "1"),
            ("Draft.SupervisesSocialWorker", "no"),
            ("Draft.Briefing", "A referral from Jay's school.\nJay, 6, has missed 12 days this term."),
            ("Draft.PreparationMinutes", "10"),
            ("Draft.SimulationMinutes", "20"),
            ("Draft.ActorPlays", "Kerry Clarke, Jay's mother"),
            ("Draft.ActorKnows", "Jay is scared of the walk past the park."),
            ("Draft.ActorFeels", "Worried and defensive"),
            ("Draft.ActorResponses", "Calms down if the social worker explains why they came."),
            ("Draft.ActorNeverSays", "That her partner has moved back in.")
        );

    private async Task<Guid> AreaAsync(StatusLevel level, int number)
    {
        await using var db = app.Db();
        return await db
            .KnowledgeAreas.Where(a =>
                a.Number == number && db.Statuses.Any(s => s.Id == a.StatusId && s.Level == level)
            )
            .Select(a => a.Id)
            .SingleAsync();
    }

    private static IEnumerable<KeyValuePair<string, string>> Criterion(string text, Guid area, string shown) =>
        Http.F(
            ("Draft.Text", text),
            ("Draft.AreaId", area.ToString()),
            ("Draft.NotShown", "Does not do it"),
            ("Draft.PartlyShown", "Does some of it"),
            ("Draft.Shown", shown),
            ("Draft.StronglyShown", "Does all of it, checking the parent understands")
        );

    [Fact]
    public async Task A_scenario_is_written_with_its_guide_approved_by_another_author_and_then_changed_only_by_a_new_version()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);

        // Bad input names each problem and keeps what was typed.
        var missing = await author.PostFormAsync(
            ScenariosLinks.AuthorNew(),
            Http.F(("Draft.For", "Practitioner"), ("Draft.Title", "First home visit"), ("Draft.Part", "two"))
        );
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var missingHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("govuk-error-summary", missingHtml);
        Assert.Contains("First home visit", missingHtml);
        Assert.Contains("two", missingHtml);
        // Named in the service's words, not the framework's "The value 'two' is not valid for Part".
        Assert.Contains("Enter which part of the family's case this is, from 1 to 9", missingHtml);
        Assert.DoesNotContain("is not valid", missingHtml);
        var unsaid = await author.PostFormAsync(ScenariosLinks.AuthorNew(), Scenario("No status", forStatus: null));
        Assert.Contains(
            "Select which status the scenario assesses",
            WebUtility.HtmlDecode(await unsaid.Content.ReadAsStringAsync())
        );

        var created = await author.PostFormAsync(ScenariosLinks.AuthorNew(), Scenario("First home visit"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(ScenarioLink().Match(url).Groups[1].Value);

        // Without a whole guide it cannot go to review.
        var early = await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url);
        Assert.Contains(
            "Add at least 3 marking criteria",
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync())
        );

        // A criterion with one behaviour at "shown" would make a single right answer; an area of another status's
        // statement is refused by name.
        var area = await AreaAsync(StatusLevel.Practitioner, 1);
        var single = await author.PostFormAsync(
            ScenariosLinks.AuthorCriterion(id),
            Criterion("Explains the purpose of the visit", area, "Explains the referral")
        );
        Assert.Contains("more than one good approach", WebUtility.HtmlDecode(await single.Content.ReadAsStringAsync()));
        var other = await author.PostFormAsync(
            ScenariosLinks.AuthorCriterion(id),
            Criterion("Explains the purpose", await AreaAsync(StatusLevel.Supervisor, 1), "One\nTwo")
        );
        Assert.Contains("the scenario's status", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        foreach (
            var (text, n) in new[]
            {
                ("Explains the purpose of the visit", 1),
                ("Listens to the mother", 2),
                ("Weighs the risk to Jay", 3),
            }
        )
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await author.PostFormAsync(
                        ScenariosLinks.AuthorCriterion(id),
                        Criterion(text, await AreaAsync(StatusLevel.Practitioner, n), "One way\nAnother way")
                    )
                ).StatusCode
            );
        var page = WebUtility.HtmlDecode(await author.GetStringAsync(url));
        Assert.Contains("Weighs the risk to Jay", page);
        Assert.Contains("That her partner has moved back in.", page);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url)).StatusCode
        );
        var own = await author.GetStringAsync(url);
        Assert.Contains("nobody approves their own", own);
        Assert.DoesNotContain("Approve and make live", own);
        var self = await author.PostFormAsync($"{url}?handler=Act&step=Approve", [], url);
        Assert.Contains(
            "You wrote this scenario, so someone else must review it.",
            WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync())
        );

        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await reviewer.PostFormAsync($"{url}?handler=Act&step=Approve", [], url)).StatusCode
        );
        await using (var db = app.Db())
        {
            var v = await db.ScenarioVersions.Include(x => x.Scenario).SingleAsync(x => x.Id == id);
            Assert.Equal((ItemStatus.Live, "Dev Ahmed (content reviewer)"), (v.Status, v.ReviewerName));
            Assert.Equal(3, v.Criteria.Count);
            Assert.Equal("One way\nAnother way", v.Criteria[0].Shown);
            Assert.Matches("^S-[0-9]{5}$", v.Scenario!.Reference);
            var actions = await db
                .AuditEvents.Where(a => a.SubjectId == id)
                .OrderBy(a => a.OccurredAt)
                .ThenBy(a => a.Id)
                .Select(a => a.Action)
                .ToListAsync();
            Assert.Equal(["Drafted", "Edited", "Edited", "Edited", "Submit", "Approve"], actions);
        }

        // Live: no edit, no new criterion, no removal; a new version is a draft copy and the live one is untouched.
        var edit = await author.PostFormAsync(ScenariosLinks.AuthorEdit(id), Scenario("Changed"), url);
        Assert.Contains("Make a new version", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));
        var removal = await author.PostFormAsync($"{url}?handler=Remove&position=1", [], url);
        Assert.Contains("Make a new version", WebUtility.HtmlDecode(await removal.Content.ReadAsStringAsync()));
        var copy = await author.PostFormAsync($"{url}?handler=NewVersion", [], url);
        var copyId = Guid.Parse(ScenarioLink().Match(copy.Headers.Location!.OriginalString).Groups[1].Value);
        await using (var db = app.Db())
        {
            Assert.Equal("First home visit", (await db.ScenarioVersions.SingleAsync(x => x.Id == id)).Title);
            var draft = await db.ScenarioVersions.SingleAsync(x => x.Id == copyId);
            Assert.Equal((2, ItemStatus.Draft, 3), (draft.Version, draft.Status, draft.Criteria.Count));
        }
    }

    [Fact]
    public async Task A_version_used_in_an_assessment_never_changes_even_as_a_draft()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var created = await author.PostFormAsync(ScenariosLinks.AuthorNew(), Scenario("Used already"));
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(ScenarioLink().Match(url).Groups[1].Value);
        await using (var db = app.Db())
        {
            var v = await db.ScenarioVersions.SingleAsync(x => x.Id == id);
            v.FirstUsedAt = DateTimeOffset.UtcNow;
            db.Record(
                new Naas.Data.Entities.ArrangedOutsideTheService("ScenarioVersion", id, "Used", "Used in a session")
            );
            await db.SaveChangesAsync();
        }
        var edit = await author.PostFormAsync(ScenariosLinks.AuthorEdit(id), Scenario("Changed after use"), url);
        Assert.Contains(
            "used in an assessment and cannot change",
            WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync())
        );
        var add = await author.PostFormAsync(
            ScenariosLinks.AuthorCriterion(id),
            Criterion("Late criterion", await AreaAsync(StatusLevel.Practitioner, 1), "One\nTwo")
        );
        Assert.Contains("used in an assessment", WebUtility.HtmlDecode(await add.Content.ReadAsStringAsync()));
        await using (var db = app.Db())
        {
            var v = await db.ScenarioVersions.SingleAsync(x => x.Id == id);
            Assert.Equal(("Used already", 0), (v.Title, v.Criteria.Count));
        }
    }

    [Fact]
    public async Task The_library_is_kept_from_candidates_employers_and_observers()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var created = await author.PostFormAsync(ScenariosLinks.AuthorNew(), Scenario("Kept from candidates"));
        var id = Guid.Parse(ScenarioLink().Match(created.Headers.Location!.OriginalString).Groups[1].Value);
        foreach (var email in new[] { DemoData.SocialWorkerEmail, DemoData.LeedsLeadEmail, "observer@naas.example" })
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            foreach (
                var link in new[]
                {
                    ScenariosLinks.Author(),
                    ScenariosLinks.AuthorDetails(id),
                    ScenariosLinks.AuthorNew(),
                }
            )
            {
                var r = await other.GetAsync(link);
                Http.AssertRefused(r);
                Assert.DoesNotContain("Kept from candidates", await r.Content.ReadAsStringAsync());
            }
        }
        // An author who guesses an id that is not a scenario gets "not found", not an error.
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await author.GetAsync(ScenariosLinks.AuthorDetails(Guid.NewGuid()))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await author.GetAsync(ScenariosLinks.AuthorCriterion(Guid.NewGuid()))).StatusCode
        );
    }
}
