using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Written;

/// <summary>The written exercise (issue 15, item 5; ¶37): opened after the candidate's first simulation, timed by the
/// service's clock with the candidate's extra time, saved as typed, ended with what was saved when the time runs out;
/// then marked blind (a marker sees a code, never a name, registration number, employer or other result), and into
/// the written element's results with the adopted pass mark.</summary>
/// On PostgreSQL and on SQLite (the service's embedded default).
public abstract class WrittenExerciseTestsBase(NaasFactory app)
{
    private static string Page(string html) => WebUtility.HtmlDecode(html);

    /// <summary>Amara's simulation played (its briefing is what the exercise is written from) and, if asked, 25%
    /// extra time agreed.</summary>
    private async Task PlayedAsync(Guid session, bool extraTime)
    {
        await using var db = app.Db();
        var s = await db.SimulationSessions.IgnoreQueryFilters().SingleAsync(x => x.Id == session);
        (s.StartsAt, s.SimulationStartedAt) = (app.Clock.GetUtcNow().AddHours(-2), app.Clock.GetUtcNow().AddHours(-2));
        db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "Played"));
        if (extraTime)
        {
            var adjustment = new ReasonableAdjustment
            {
                SocialWorkerId = s.SocialWorkerId!.Value,
                ExtraTimePercent = 25,
                AgreedAt = app.Clock.GetUtcNow(),
                AgreedBy = "Programme",
            };
            db.ReasonableAdjustments.Add(adjustment);
            db.Record(new ArrangedOutsideTheService("ReasonableAdjustment", adjustment.Id, "Arranged", "25% extra"));
        }
        await db.SaveChangesAsync();
    }

    private async Task<(HttpClient Amara, Guid Sitting)> StartedAsync(bool extraTime = false)
    {
        // Each test's endorsement is the newest: the candidate's standing one.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var session = await Observed.SessionAsync(app);
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var before = Page(await amara.GetStringAsync(WrittenLinks.Me()));
        Assert.Contains("after your first simulation", before);
        await PlayedAsync(session, extraTime);
        var start = await amara.PostFormAsync($"{WrittenLinks.Me()}?handler=Start", [], WrittenLinks.Me());
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var sitting = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[^1]);
        return (amara, sitting);
    }

    [Fact]
    public async Task The_exercise_is_timed_by_the_service_with_extra_time_saves_as_typed_and_ends_with_what_was_saved()
    {
        var (amara, sitting) = await StartedAsync(extraTime: true);
        var page = Page(await amara.GetStringAsync(WrittenLinks.Sitting(sitting)));
        Assert.Contains("Jay Clarke (6) lives with his mother", page); // the exercise's case information
        Assert.Contains("First home visit to the Clarke family", page); // the briefing of the simulation played
        Assert.Contains("data-seconds=\"4500\"", page); // 60 minutes and 25% extra

        // Saved as typed (the page's script posts the form), committed before the answer comes back.
        var token = await amara.TokenAsync(WrittenLinks.Sitting(sitting));
        Task<HttpResponseMessage> Autosave(params (string, string)[] fields) =>
            amara.PostAsync(
                WrittenLinks.Autosave(sitting),
                new FormUrlEncodedContent(Http.F([.. fields, ("__RequestVerificationToken", token)]))
            );
        Assert.Equal(
            HttpStatusCode.NoContent,
            (await Autosave(("t1", "Visited Kerry and Jay at home.\r\nJay was shy."))).StatusCode
        );
        await using (var db = app.Db())
            Assert.Equal(
                "Visited Kerry and Jay at home.\nJay was shy.",
                (await db.WrittenAnswers.SingleAsync(a => a.SittingId == sitting && a.Task == 1)).Text
            );

        // Too long is refused, saying so, and nothing of that save lands.
        var tooLong = await Autosave(("t1", "Changed."), ("t2", new string('x', 20_001)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("longer than 20,000 characters", await tooLong.Content.ReadAsStringAsync());
        // Without JavaScript the page's own button saves; a refusal keeps what was typed.
        var refused = await amara.PostFormAsync(
            WrittenLinks.Sitting(sitting),
            Http.F(("t1", "Kept as typed."), ("t2", new string('y', 20_001)), ("go", "save"))
        );
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = Page(await refused.Content.ReadAsStringAsync());
        Assert.Contains("govuk-error-summary", refusedPage);
        Assert.Contains("Kept as typed.", refusedPage);
        var saved = await amara.PostFormAsync(
            WrittenLinks.Sitting(sitting),
            Http.F(("t1", "Visited Kerry and Jay at home."), ("t2", "Risk: hunger and missed school."), ("go", "save"))
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // An hour on, the extra time keeps it open (the page's saves keep the sign-in alive, as they do on the day);
        // at 75 minutes it ends, with what was saved, and a late save is told so (409) and lands nowhere.
        app.Clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(HttpStatusCode.NoContent, (await Autosave(("t3", "Next:"))).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.NoContent, (await Autosave(("t3", "Next: meet the school."))).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Conflict, (await Autosave(("t3", "Written after the end."))).StatusCode);
        await using (var db = app.Db())
        {
            var s = await db.WrittenSittings.Include(x => x.Answers).SingleAsync(x => x.Id == sitting);
            Assert.True(s.TimedOut);
            Assert.Equal(s.StartedAt.AddSeconds(4500), s.SubmittedAt);
            Assert.Equal("Next: meet the school.", s.Answers.Single(a => a.Task == 3).Text);
            Assert.Equal("Risk: hunger and missed school.", s.Answers.Single(a => a.Task == 2).Text);
            Assert.True(
                await db.AuditEvents.AnyAsync(e => e.SubjectId == sitting && e.Action == "WrittenExerciseEnded")
            );
        }
        Assert.Contains("Your time ran out", Page(await amara.GetStringAsync(WrittenLinks.Me())));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await amara.GetAsync(WrittenLinks.Sitting(sitting))).StatusCode // nothing more to write
        );
    }

    [Fact]
    public async Task Blind_marking_shows_no_name_employer_or_other_result_and_the_marks_become_the_written_element()
    {
        var (amara, sitting) = await StartedAsync();
        await amara.PostFormAsync(
            WrittenLinks.Sitting(sitting),
            Http.F(("t1", "Visited Kerry and Jay."), ("t2", "Hunger, attendance and the park."), ("go", "check"))
        );
        Assert.Equal(HttpStatusCode.Redirect, (await amara.PostFormAsync(WrittenLinks.Check(sitting), [])).StatusCode);
        Guid endorsement,
            organisation;
        string code;
        await using (var db = app.Db())
        {
            var s = await db.WrittenSittings.SingleAsync(x => x.Id == sitting);
            Assert.False(s.TimedOut);
            (endorsement, code) = (s.EndorsementId, s.Code);
            organisation = (await db.Endorsements.SingleAsync(e => e.Id == endorsement)).OrganisationId;
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var scripts = Page(await admin.GetStringAsync(WrittenLinks.Scripts()));
        Assert.Contains(code, scripts);
        Assert.Contains("Amara", scripts); // the programme knows whose it is

        // Nobody who could know the candidate marks it: their observer, or someone from their employer.
        var observer = await UnderWay.MarkerAsync(app, Observed.ObserverEmail, "Tom Reid (observer)");
        var colleague = await UnderWay.MarkerAsync(app, "marker@leeds.example", "Lee Dunn (marker)", organisation);
        var blind = await UnderWay.MarkerAsync(app, "blind.marker@markers.example", "Sam Hale (marker)");
        async Task<string> AssignAsync(Guid marker)
        {
            var r = await admin.PostFormAsync(
                $"{WrittenLinks.Scripts()}?handler=Assign&sittingId={sitting}",
                Http.F(("marker", marker.ToString())),
                WrittenLinks.Scripts()
            );
            return r.StatusCode == HttpStatusCode.Redirect ? "" : Page(await r.Content.ReadAsStringAsync());
        }
        Assert.Contains("observed this candidate's simulations", await AssignAsync(observer.Id));
        Assert.Contains("works for the candidate's employer", await AssignAsync(colleague.Id));
        Assert.Equal("", await AssignAsync(blind.Id));

        // Everything the marker can open says nothing of the candidate.
        var marker = app.Browser();
        await marker.SignInAsync("blind.marker@markers.example");
        string[] secrets = ["Amara", "Okafor", "SW100001", DemoData.SocialWorkerEmail, "Leeds", "Knowledge test"];
        void Blind(string html, string where)
        {
            foreach (var secret in secrets)
                Assert.False(html.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} shows {secret}");
        }
        var list = Page(await marker.GetStringAsync(WrittenLinks.Marking()));
        Assert.Contains(code, list);
        Blind(list, "the list");
        var script = Page(await marker.GetStringAsync(WrittenLinks.Script(sitting)));
        Assert.Contains("Hunger, attendance and the park.", script);
        Blind(script, "the script");
        Blind(Page(await marker.GetStringAsync(MarkingLinks.Marker())), "the marking page");

        // A mark out of range is refused by name, with the feedback kept.
        var wrong = await marker.PostFormAsync(
            WrittenLinks.Script(sitting),
            Http.F(
                ("c1", "7"),
                ("c2", "3"),
                ("c3", ""),
                ("c4", "2"),
                ("Feedback", "Clear notes; the analysis should weigh the park with the hunger.")
            )
        );
        var wrongPage = Page(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("The mark for criterion 1 must be a whole number from 0 to 5", wrongPage);
        Assert.Contains("Enter a mark for criterion 3, from 0 to 5", wrongPage);
        Assert.Contains("the analysis should weigh the park", wrongPage);
        Blind(wrongPage, "the refused marks");

        // Other people's scripts and pages are not the marker's; nor are a marker's the candidate's.
        Http.AssertRefused(await marker.GetAsync(WrittenLinks.Script(Guid.NewGuid())));
        Http.AssertRefused(await marker.GetAsync(WrittenLinks.Scripts()));
        Http.AssertRefused(await amara.GetAsync(WrittenLinks.Script(sitting)));
        var other = app.Browser();
        await other.SignInAsync(Observed.ObserverEmail);
        Http.AssertRefused(await other.GetAsync(WrittenLinks.Script(sitting)));

        var marked = await marker.PostFormAsync(
            WrittenLinks.Script(sitting),
            Http.F(
                ("c1", "4"),
                ("c2", "3"),
                ("c3", "4"),
                ("c4", "2"),
                ("Feedback", "Clear notes; the analysis should weigh the park with the hunger.")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains(
            "No pass mark has been adopted for the written exercise at this status",
            Page(await admin.GetStringAsync(WrittenLinks.Scripts()))
        );
        await using (var db = app.Db())
        {
            Assert.False(await db.ElementMarks.AnyAsync(m => m.EndorsementId == endorsement && m.Element == "Written"));
            Assert.Equal(4, await db.WrittenCriterionMarks.CountAsync(m => m.SittingId == sitting));
        }
        // The panels rated a 10-mark exercise at 6: scaled to this exercise's 20, the pass mark is 12.
        await Arrange.AdoptedPassMarkAsync(app, "Written", "Records|5\nAnalysis|5", 6m);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync($"{WrittenLinks.Scripts()}?handler=Record", [], WrittenLinks.Scripts())
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m =>
                m.EndorsementId == endorsement && m.Element == "Written" && m.SupersededAt == null
            );
            Assert.Equal((13m, 20m, 12m), (mark.Score, mark.Max, mark.PassMark));
            Assert.Contains(code, mark.Source);
            Assert.Equal("Clear notes; the analysis should weigh the park with the hunger.", mark.Feedback);
            Assert.Equal(mark.Id, (await db.WrittenSittings.SingleAsync(s => s.Id == sitting)).ElementMarkId);
        }
        // The independent reviewer re-examines the script as it was marked (¶42).
        var review = await Assessed.UnderReviewAsync(app, endorsement, "Written");
        var reviewed = Page(await admin.GetStringAsync(ReviewsLinks.AdminShow(review)));
        Assert.Contains("The written exercise as marked", reviewed);
        Assert.Contains("Hunger, attendance and the park.", reviewed);
        Assert.Contains("Clear notes; the analysis should weigh the park with the hunger.", reviewed);

        // Marked once: a second marking is refused.
        var again = await marker.PostFormAsync(
            WrittenLinks.Script(sitting),
            Http.F(("c1", "5"), ("Feedback", "A different view of the same script entirely."))
        );
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You have marked script", Page(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_save_racing_the_submission_lands_before_the_end_or_is_told_it_did_not()
    {
        var (amara, sitting) = await StartedAsync();
        var token = await amara.TokenAsync(WrittenLinks.Sitting(sitting));
        var submitToken = await amara.TokenAsync(WrittenLinks.Check(sitting));
        var saves = Enumerable
            .Range(1, 24)
            .Select(i =>
                amara.PostAsync(
                    WrittenLinks.Autosave(sitting),
                    new FormUrlEncodedContent(
                        Http.F(("t1", $"Version {i}"), ("t2", $"Analysis {i}"), ("__RequestVerificationToken", token))
                    )
                )
            )
            .ToList();
        var submit = amara.PostAsync(
            WrittenLinks.Check(sitting),
            new FormUrlEncodedContent(Http.F(("__RequestVerificationToken", submitToken)))
        );
        await Task.WhenAll([.. saves, submit]);
        Assert.Equal(HttpStatusCode.Redirect, (await submit).StatusCode);
        var told = saves.Select((t, i) => (Version: i + 1, t.Result.StatusCode)).ToList();
        // Every save was told one of two things: saved, or the exercise had ended. Never an error.
        Assert.All(
            told,
            t => Assert.Contains(t.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict })
        );
        await using var db = app.Db();
        var s = await db.WrittenSittings.Include(x => x.Answers).SingleAsync(x => x.Id == sitting);
        Assert.NotNull(s.SubmittedAt);
        Assert.False(s.TimedOut);
        var acknowledged = told.Where(t => t.StatusCode == HttpStatusCode.NoContent).Select(t => t.Version).ToList();
        if (acknowledged.Count == 0)
            Assert.Empty(s.Answers);
        else
        {
            // What is stored came from a save that was told it was saved, whole (both tasks from one save).
            var t1 = s.Answers.Single(a => a.Task == 1).Text;
            var version = int.Parse(t1["Version ".Length..]);
            Assert.Contains(version, acknowledged);
            Assert.Equal($"Analysis {version}", s.Answers.Single(a => a.Task == 2).Text);
            Assert.All(s.Answers, a => Assert.True(a.SavedAt <= s.SubmittedAt));
        }
    }

    [Fact]
    public async Task The_programme_publishes_a_new_version_and_what_was_typed_comes_back_when_something_is_wrong()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = WrittenLinks.Exercises();
        var wrong = await admin.PostFormAsync(
            url,
            Http.F(
                ("Level", "Supervisor"),
                ("Title", "Supervising Sam: a case discussion"),
                ("Instructions", "Write as you would for the supervision record."),
                ("CaseInformation", "Sam, a newly qualified social worker, brings a case of neglect."),
                ("Minutes", "ninety"),
                ("Criteria[0].Text", "Analyses the case with the supervisee"),
                ("Criteria[0].MaxMarks", "5"),
                ("Criteria[0].Guidance", "Full marks: hypotheses drawn out of Sam, not given to him.")
            )
        );
        var page = Page(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Enter the time allowed in minutes, from 15 to 240", page);
        Assert.Contains("Write at least one task", page);
        Assert.Contains("Write at least 2 criteria to mark against", page);
        Assert.Contains("value=\"ninety\"", page); // kept as typed
        Assert.Contains("Supervising Sam: a case discussion", page);

        var published = await admin.PostFormAsync(
            url,
            Http.F(
                ("Level", "Supervisor"),
                ("Title", "Supervising Sam: a case discussion"),
                ("Instructions", "Write as you would for the supervision record."),
                ("CaseInformation", "Sam, a newly qualified social worker, brings a case of neglect."),
                ("Minutes", "90"),
                // A browser posts every field, blank ones too (the list binder reads rows in order from the first).
                ("Tasks[0].Prompt", ""),
                ("Tasks[0].WordGuide", ""),
                ("Tasks[1].Prompt", "Write the supervision record."),
                ("Tasks[1].WordGuide", "400"),
                ("Criteria[0].Text", "Analyses the case with the supervisee"),
                ("Criteria[0].MaxMarks", "5"),
                ("Criteria[0].Guidance", "Full marks: hypotheses drawn out of Sam, not given to him."),
                ("Criteria[1].Text", ""),
                ("Criteria[2].Text", ""),
                ("Criteria[3].Text", "Attends to Sam's development"),
                ("Criteria[3].MaxMarks", "4"),
                ("Criteria[3].Guidance", "Full marks: names a learning need and how it will be met.")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await using var db = app.Db();
        var v = await db
            .WrittenExercises.Include(x => x.Tasks)
            .Include(x => x.Criteria)
            .SingleAsync(x => x.Level == StatusLevel.Supervisor);
        Assert.Equal((1, 90), (v.Version, v.Minutes));
        // Blank rows are left out and the rest numbered in order.
        Assert.Equal(
            [(1, "Write the supervision record.", 400)],
            v.Tasks.Select(t => (t.Number, t.Prompt, t.WordGuide))
        );
        Assert.Equal([(1, 5), (2, 4)], v.Criteria.OrderBy(c => c.Number).Select(c => (c.Number, c.MaxMarks)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == v.Id && e.Action == "WrittenExercisePublished"));
    }
}

public class WrittenExerciseTests(NaasFactory app) : WrittenExerciseTestsBase(app), IClassFixture<NaasFactory>;

public class SqliteWrittenExerciseTests(SqliteNaasFactory app)
    : WrittenExerciseTestsBase(app),
        IClassFixture<SqliteNaasFactory>;
