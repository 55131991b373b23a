using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.AssessmentDays;

/// <summary>The centre coordinator's run sheet (issue 15, item 4): a candidate checked in only against their photo
/// identity and the registration number booked (late arrival counted), or recorded absent; the preparation time opens
/// the briefing on the candidate's screen with the time left by the service's clock; the simulation starts only after
/// it; incidents noted; every step in the invigilation record.</summary>
public abstract class RunSheetTestsBase(NaasFactory app)
{
    /// <summary>A simulation today, starting in <paramref name="minutes"/> minutes.</summary>
    private async Task<Guid> TodayAsync(int minutes)
    {
        var id = await Observed.SessionAsync(app);
        await using var db = app.Db();
        var s = await db.SimulationSessions.Include(x => x.Day).SingleAsync(x => x.Id == id);
        s.StartsAt = app.Clock.GetUtcNow().AddMinutes(minutes);
        s.Day!.Date = DateOnly.FromDateTime(Clock.InUk(app.Clock.GetUtcNow()).DateTime);
        db.Record(new ArrangedOutsideTheService("SimulationSession", id, "Arranged", "Today"));
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task A_candidate_is_checked_in_prepares_with_the_briefing_on_screen_and_then_simulates()
    {
        var id = await TodayAsync(minutes: 5);
        var centre = app.Browser();
        await centre.SignInAsync(DemoData.InvigilatorEmail);
        Assert.Contains("SW100001", await centre.GetStringAsync(AssessmentDaysLinks.CentreRunSheet()));
        var url = AssessmentDaysLinks.CentreRunSession(id);
        async Task<string> PostAsync(string handler, params (string, string)[] fields) =>
            WebUtility.HtmlDecode(
                await (
                    await centre.PostFormAsync($"{url}?handler={handler}", Http.F(fields), url)
                ).Content.ReadAsStringAsync()
            );

        var refused = await PostAsync("CheckIn", ("Registration", "SW100002"));
        Assert.Contains("Confirm that you have checked their photo identity against their name", refused);
        Assert.Contains(
            "The registration number they gave, SW100002, is not the one booked for this simulation",
            refused
        );
        Assert.Contains("Check the candidate in first", await PostAsync("Simulation"));

        Assert.DoesNotContain(
            "govuk-error-summary",
            await PostAsync("CheckIn", ("PhotoId", "true"), ("Registration", "sw100001"))
        );
        await using (var db = app.Db())
        {
            var s = await db.SimulationSessions.SingleAsync(x => x.Id == id);
            // Preparation (10 minutes) should have begun 5 minutes ago: 5 minutes late.
            Assert.Equal((5, "Kim Osei (centre coordinator)"), (s.MinutesLate!.Value, s.CheckedInBy));
            Assert.Equal(
                "Candidate checked in 5 minutes late, photo identity and registration number checked",
                (
                    await db.AuditEvents.SingleAsync(a =>
                        a.SubjectId == id && a.EventType == "SimulationCandidateCheckedIn"
                    )
                ).Summary
            );
        }

        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var briefing = AssessmentDaysLinks.MeBriefing(id);
        Assert.Contains(
            "Your briefing opens here when the centre coordinator starts your preparation time",
            WebUtility.HtmlDecode(await me.GetStringAsync(briefing))
        );
        Assert.Contains("Start the preparation time first", await PostAsync("Simulation"));

        Assert.DoesNotContain("govuk-error-summary", await PostAsync("Preparation"));
        var open = WebUtility.HtmlDecode(await me.GetStringAsync(briefing));
        Assert.Contains("10 minutes left when this page was opened", open);
        Assert.Contains("First home visit to the Clarke family", open);
        // The preparation time is over by the service's clock (the test's clock moves on; it never goes back).
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Contains("Your preparation time is over", WebUtility.HtmlDecode(await me.GetStringAsync(briefing)));
        Assert.DoesNotContain("govuk-error-summary", await PostAsync("Simulation"));
        Assert.Contains("The simulation has already started", await PostAsync("Simulation"));
        Assert.DoesNotContain(
            "govuk-error-summary",
            await PostAsync(
                "Incident",
                ("Incident", "Fire alarm at 10:05; six minutes lost, the actor restarted the scene")
            )
        );
        Assert.Contains("Describe what happened", await PostAsync("Incident", ("Incident", " ")));
        await using (var db = app.Db())
        {
            Assert.Equal(
                [
                    "SimulationCandidateCheckedIn",
                    "SimulationStageStarted",
                    "SimulationStageStarted",
                    "SessionIncidentNoted",
                ],
                await db
                    .AuditEvents.Where(a =>
                        a.SubjectId == id
                        && a.EventType != "ArrangedOutsideTheService"
                        && a.EventType != "SheetSubmitted"
                    )
                    .OrderBy(a => a.OccurredAt)
                    .Select(a => a.EventType)
                    .ToListAsync()
            );
            Assert.Equal(
                "Fire alarm at 10:05; six minutes lost, the actor restarted the scene",
                (
                    await db.AuditEvents.SingleAsync(a => a.SubjectId == id && a.EventType == "SessionIncidentNoted")
                ).Reason
            );
        }
        Assert.Contains("Fire alarm at 10:05", WebUtility.HtmlDecode(await centre.GetStringAsync(url)));
        // Not a coordinator's page for anyone else, and the briefing is the candidate's own.
        Http.AssertRefused(await me.GetAsync(url));
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Http.AssertRefused(await lead.GetAsync(briefing));
    }

    [Fact]
    public async Task A_candidate_recorded_absent_cannot_then_be_checked_in()
    {
        var id = await TodayAsync(minutes: 60);
        var centre = app.Browser();
        await centre.SignInAsync(DemoData.InvigilatorEmail);
        var url = AssessmentDaysLinks.CentreRunSession(id);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await centre.PostFormAsync($"{url}?handler=Absent", Http.F(), url)).StatusCode
        );
        var refused = WebUtility.HtmlDecode(
            await (
                await centre.PostFormAsync(
                    $"{url}?handler=CheckIn",
                    Http.F(("PhotoId", "true"), ("Registration", "SW100001")),
                    url
                )
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("was recorded absent", refused);
        await using var db = app.Db();
        Assert.True(
            await db.AuditEvents.AnyAsync(a => a.SubjectId == id && a.EventType == "SimulationCandidateAbsent")
        );
    }

    [Fact]
    public async Task A_coordinator_sees_and_uploads_only_for_the_days_the_programme_gives_them()
    {
        var id = await TodayAsync(minutes: 60);
        Guid day;
        await using (var db = app.Db())
            day = (await db.SimulationSessions.SingleAsync(s => s.Id == id)).DayId;
        var other = await UnderWay.UserAsync(
            app,
            "ola.bello@centre.example",
            "Ola Bello (centre coordinator)",
            Roles.CentreCoordinator
        );
        var ola = app.Browser();
        await ola.SignInAsync("ola.bello@centre.example");
        var run = AssessmentDaysLinks.CentreRunSession(id);
        async Task AssertKeptFromOlaAsync()
        {
            Assert.DoesNotContain("SW100001", await ola.GetStringAsync(AssessmentDaysLinks.CentreRunSheet()));
            Assert.DoesNotContain("SW100001", await ola.GetStringAsync(RecordingsLinks.Centre()));
            Http.AssertRefused(await ola.GetAsync(run));
            Http.AssertRefused(await ola.GetAsync(RecordingsLinks.CentreSession(id)));
            // Nor can a handler be posted, nor an upload begun, by guessing the simulation's id.
            var token = await ola.TokenAsync(AssessmentDaysLinks.CentreRunSheet());
            Assert.Equal(
                HttpStatusCode.NotFound,
                (
                    await ola.PostAsync(
                        $"{run}?handler=Absent",
                        new FormUrlEncodedContent(Http.F(("__RequestVerificationToken", token)))
                    )
                ).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.NotFound,
                (
                    await ola.PostAsync(
                        RecordingsLinks.CentreStart(id),
                        new FormUrlEncodedContent(
                            Http.F(("FileName", "x.mp4"), ("Bytes", "100"), ("__RequestVerificationToken", token))
                        )
                    )
                ).StatusCode
            );
        }
        await AssertKeptFromOlaAsync();

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var dayPage = AssessmentDaysLinks.AdminDay(day);
        async Task<HttpResponseMessage> GiveAsync(bool give) =>
            await admin.PostFormAsync(
                $"{dayPage}?handler=Coordinator&give={give}",
                Http.F(("Coordinator", other.Id.ToString())),
                dayPage
            );
        Assert.Equal(HttpStatusCode.Redirect, (await GiveAsync(true)).StatusCode);
        Assert.Contains(
            "already runs this day",
            WebUtility.HtmlDecode(await (await GiveAsync(true)).Content.ReadAsStringAsync())
        );
        Assert.Contains("SW100001", await ola.GetStringAsync(AssessmentDaysLinks.CentreRunSheet()));
        Assert.Equal(HttpStatusCode.OK, (await ola.GetAsync(run)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ola.GetAsync(RecordingsLinks.CentreSession(id))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await GiveAsync(false)).StatusCode);
        await AssertKeptFromOlaAsync();
        await using (var db = app.Db())
            Assert.Equal(
                2,
                await db.AuditEvents.CountAsync(a => a.SubjectId == day && a.EventType == "DayCoordinatorChanged")
            );
        // The demo coordinator, given the day when it was arranged, still runs it.
        var kim = app.Browser();
        await kim.SignInAsync(DemoData.InvigilatorEmail);
        Assert.Equal(HttpStatusCode.OK, (await kim.GetAsync(run)).StatusCode);
    }
}

public class RunSheetTests(NaasFactory app) : RunSheetTestsBase(app), IClassFixture<NaasFactory>;

/// <summary>On the embedded database too: the day's coordinators are a JSON list there, not an array.</summary>
public class SqliteRunSheetTests(SqliteNaasFactory app) : RunSheetTestsBase(app), IClassFixture<SqliteNaasFactory>;
