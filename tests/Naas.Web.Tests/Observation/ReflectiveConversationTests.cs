using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Observation;

/// <summary>The reflective conversation (issue 15, item 6; ¶32): the lead observer of the candidate's last simulation
/// scores it on the guide's own criteria, once; the score waits for the pass mark the panels set (¶40) and becomes the
/// reflective element's mark with the observer's notes as its feedback. Nobody else opens it.</summary>
public class ReflectiveConversationTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string SecondEmail = "pat.kerr@observers.example";

    private static string Page(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The programme records, on the moderation page, every scored conversation a pass mark now allows.</summary>
    private static async Task RecordReadyAsync(HttpClient admin) =>
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{ObservationLinks.AdminModeration()}?handler=Record",
                    [],
                    ObservationLinks.AdminModeration()
                )
            ).StatusCode
        );

    [Fact]
    public async Task The_lead_observer_scores_it_after_the_last_simulation_and_it_becomes_the_reflective_element()
    {
        var first = await Observed.SessionAsync(app, SecondEmail);
        var last = await Observed.AnotherSimulationAsync(app, first);
        var lead = app.Browser();
        await lead.SignInAsync(Observed.ObserverEmail);
        Assert.Contains(
            "follows the candidate's last simulation",
            Page(await lead.GetStringAsync(ObservationLinks.MarkerReflective(first)))
        );
        Assert.Contains(
            "once this simulation has been played",
            Page(await lead.GetStringAsync(ObservationLinks.MarkerReflective(last)))
        );
        Guid endorsement;
        await using (var db = app.Db())
        {
            var s = await db.SimulationSessions.SingleAsync(x => x.Id == last);
            s.SimulationStartedAt = app.Clock.GetUtcNow();
            endorsement = s.EndorsementId!.Value;
            db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "Played"));
            await db.SaveChangesAsync();
        }

        // Only the lead observer of that simulation opens it.
        var second = app.Browser();
        await second.SignInAsync(SecondEmail);
        Http.AssertRefused(await second.GetAsync(ObservationLinks.MarkerReflective(last)));
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Http.AssertRefused(await amara.GetAsync(ObservationLinks.MarkerReflective(last)));
        Http.AssertRefused(await lead.GetAsync(ObservationLinks.MarkerReflective(Guid.NewGuid())));

        var form = Page(await lead.GetStringAsync(ObservationLinks.MarkerReflective(last)));
        Assert.Contains("What were your hypotheses", form);
        const string notes = "Held two explanations open and saw how her opening shaped Kerry's replies.";
        var wrong = await lead.PostFormAsync(
            ObservationLinks.MarkerReflective(last),
            Http.F(("c1", "9"), ("c2", "3"), ("c3", "5"), ("Notes", notes))
        );
        var wrongPage = Page(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("The mark for criterion 1 must be a whole number from 0 to 5", wrongPage);
        Assert.Contains(notes, wrongPage); // kept as typed
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    ObservationLinks.MarkerReflective(last),
                    Http.F(("c1", "4"), ("c2", "3"), ("c3", "5"), ("Notes", notes))
                )
            ).StatusCode
        );
        var again = await lead.PostFormAsync(
            ObservationLinks.MarkerReflective(last),
            Http.F(("c1", "1"), ("c2", "1"), ("c3", "1"), ("Notes", notes))
        );
        Assert.Contains("has been scored", Page(await again.Content.ReadAsStringAsync()));

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Assert.Contains(
            "No pass mark has been adopted for the reflective exercise at this status",
            Page(await admin.GetStringAsync(ObservationLinks.AdminModeration()))
        );
        await using (var db = app.Db())
        {
            var c = await db
                .ReflectiveConversations.Include(x => x.Marks)
                .SingleAsync(x => x.EndorsementId == endorsement);
            Assert.Equal((12, 15), (c.Score, c.MaxScore));
            Assert.Equal([4, 3, 5], c.Marks.OrderBy(m => m.Criterion).Select(m => m.Marks));
            Assert.True(
                await db.AuditEvents.AnyAsync(e => e.SubjectId == c.Id && e.Action == "ReflectiveConversationScored")
            );
        }
        await Arrange.AdoptedPassMarkAsync(app, "Reflective", "Hypotheses|5\nReflection|5\nNext steps|5", 9m);
        await RecordReadyAsync(admin);
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m =>
                m.EndorsementId == endorsement && m.Element == "Reflective" && m.SupersededAt == null
            );
            Assert.Equal((12m, 15m, 9m), (mark.Score, mark.Max, mark.PassMark));
            Assert.Equal(notes, mark.Feedback);
        }

        // The independent reviewer re-examines the conversation as it was scored (¶42).
        var review = await Assessed.UnderReviewAsync(app, endorsement, "Reflective");
        var reviewed = Page(await admin.GetStringAsync(ReviewsLinks.AdminShow(review)));
        Assert.Contains("The reflective conversation as scored", reviewed);
        Assert.Contains(notes, reviewed);
        Assert.Contains("Tom Reid", reviewed);
    }

    [Fact]
    public async Task For_a_practice_leader_the_same_machinery_holds_the_in_depth_interview_as_an_element_of_its_own_para45()
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = await Observed.SessionAsync(app, level: StatusLevel.Leader);
        var last = await Observed.AnotherSimulationAsync(app, first);
        Guid endorsement;
        await using (var db = app.Db())
        {
            var s = await db.SimulationSessions.SingleAsync(x => x.Id == last);
            s.SimulationStartedAt = app.Clock.GetUtcNow();
            endorsement = s.EndorsementId!.Value;
            db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "The last role play"));
            await db.SaveChangesAsync();
        }
        var lead = app.Browser();
        await lead.SignInAsync(Observed.ObserverEmail);
        Assert.Contains(
            "There is no in-depth interview guide for this status yet",
            Page(await lead.GetStringAsync(ObservationLinks.MarkerReflective(last)))
        );
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    ObservationLinks.AdminReflectiveGuides(),
                    Http.F(
                        ("Level", "Leader"),
                        ("Title", "Leading the service"),
                        ("Minutes", "45"),
                        ("Prompts", "How would you know your service is safe for children?"),
                        ("Criteria[0].Text", "Knows the service's practice"),
                        ("Criteria[0].MaxMarks", "5"),
                        ("Criteria[0].Guidance", "Full marks: names how they would see practice first hand."),
                        ("Criteria[1].Text", "Leads change"),
                        ("Criteria[1].MaxMarks", "5"),
                        ("Criteria[1].Guidance", "Full marks: a change led and how its effect on families was judged.")
                    )
                )
            ).StatusCode
        );
        Assert.Contains(
            "In-depth interview</a>",
            Page(await lead.GetStringAsync(ObservationLinks.MarkerSheet(last)))
                .Replace("<span class=\"govuk-visually-hidden\"> with Amara Okafor</span>", "")
        );
        var form = Page(await lead.GetStringAsync(ObservationLinks.MarkerReflective(last)));
        Assert.Contains("In-depth interview with Amara Okafor", form);
        Assert.Contains("How would you know your service is safe for children?", form);
        const string notes = "Spoke from first-hand knowledge of front-line practice and of one change she had led.";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    ObservationLinks.MarkerReflective(last),
                    Http.F(("c1", "4"), ("c2", "3"), ("Notes", notes))
                )
            ).StatusCode
        );
        Assert.Contains(
            "No pass mark has been adopted for the in-depth interview at this status",
            Page(await admin.GetStringAsync(ObservationLinks.AdminModeration()))
        );
        await Arrange.AdoptedPassMarkAsync(app, "Interview", "Practice|5\nChange|5", 6m, StatusLevel.Leader);
        await RecordReadyAsync(admin);
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m => m.EndorsementId == endorsement && m.SupersededAt == null);
            Assert.Equal(("Interview", 7m, 10m, 6m), (mark.Element, mark.Score, mark.Max, mark.PassMark));
            Assert.StartsWith("In-depth interview, scored by the lead observer", mark.Source);
            Assert.Equal(notes, mark.Feedback);
        }
    }

    [Fact]
    public async Task The_programme_publishes_a_guide_and_what_was_typed_comes_back_when_something_is_wrong()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ObservationLinks.AdminReflectiveGuides();
        var wrong = await admin.PostFormAsync(
            url,
            Http.F(("Level", "Supervisor"), ("Title", "After supervising Sam"), ("Minutes", "twenty"), ("Prompts", ""))
        );
        var page = Page(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Enter at least one question for the observer to explore", page);
        Assert.Contains("Enter how long the conversation lasts in minutes, from 5 to 60", page);
        Assert.Contains("value=\"twenty\"", page);
        var published = await admin.PostFormAsync(
            url,
            Http.F(
                ("Level", "Supervisor"),
                ("Title", "After supervising Sam"),
                ("Minutes", "20"),
                ("Prompts", "What did you hope Sam would take away?\nWhat would you do differently?"),
                ("Criteria[0].Text", "Reflects on the supervisory relationship"),
                ("Criteria[0].MaxMarks", "5"),
                ("Criteria[0].Guidance", "Full marks: names how their approach shaped Sam's thinking."),
                ("Criteria[1].Text", "Plans Sam's development"),
                ("Criteria[1].MaxMarks", "4"),
                ("Criteria[1].Guidance", "Full marks: a learning need and how it will be met.")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await using var db = app.Db();
        var g = await db.ReflectiveGuides.Include(x => x.Criteria).SingleAsync(x => x.Level == StatusLevel.Supervisor);
        Assert.Equal((1, 20, 9), (g.Version, g.Minutes, g.Criteria.Sum(c => c.MaxMarks)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == g.Id && e.Action == "ReflectiveGuidePublished"));
    }
}
