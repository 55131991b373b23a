using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests;

/// <summary>A simulation arranged for an observer to score: a remote day, one session with the demo scenario, Amara
/// placed under an agreed endorsement, and the demo observer (observer@naas.example) as its lead observer.</summary>
public static class Observed
{
    public const string ObserverEmail = "observer@naas.example";

    public static async Task<Guid> SessionAsync(
        NaasFactory app,
        string? secondObserverEmail = null,
        StatusLevel level = StatusLevel.Practitioner
    )
    {
        Guid? second = null;
        if (secondObserverEmail is not null)
        {
            var marker = await UnderWay.MarkerAsync(app, secondObserverEmail, "Pat Kerr (observer)");
            await using var arranging = app.Db();
            var existing = await arranging.Observers.SingleOrDefaultAsync(o => o.UserId == marker.Id);
            if (existing is null)
            {
                existing = new Observer
                {
                    Name = "Pat Kerr",
                    Email = secondObserverEmail,
                    UserId = marker.Id,
                    CalibratedOn = new DateOnly(2026, 1, 1),
                };
                arranging.Observers.Add(existing);
                arranging.Record(
                    new ArrangedOutsideTheService("Observer", existing.Id, "Arranged", "A second observer")
                );
                await arranging.SaveChangesAsync();
            }
            second = existing.Id;
        }
        await using var db = app.Db();
        var user = await app
            .Services.CreateScope()
            .ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>()
            .FindByEmailAsync(ObserverEmail);
        var observer = await db.Observers.SingleOrDefaultAsync(o => o.UserId == user!.Id);
        if (observer is null)
        {
            observer = new Observer
            {
                Name = "Tom Reid",
                Email = ObserverEmail,
                UserId = user!.Id,
                CalibratedOn = new DateOnly(2026, 1, 1),
            };
            db.Observers.Add(observer);
        }
        var endorsement = await Arrange.EndorsementAsync(
            db,
            "SW100001",
            EndorsementState.Agreed,
            app.Clock.GetUtcNow(),
            "Amara agreed to be put forward"
        );
        if (level != endorsement.Level)
        {
            endorsement.Level = level;
            db.Record(new ArrangedOutsideTheService("Endorsement", endorsement.Id, "Arranged", $"For {level}"));
        }
        var version = await db.ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001").SingleAsync();
        var coordinator = await UnderWay.UserAsync(
            app,
            DemoData.InvigilatorEmail,
            "Kim Osei (centre coordinator)",
            Roles.CentreCoordinator
        );
        var day = new AssessmentDay
        {
            Date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(7),
            For = level,
            CoordinatorUserIds = [coordinator.Id],
        };
        var session = new SimulationSession
        {
            DayId = day.Id,
            StartsAt = app.Clock.GetUtcNow().AddDays(7),
            Minutes = 40,
            ScenarioVersionId = version.Id,
            SocialWorkerId = endorsement.SocialWorkerId,
            EndorsementId = endorsement.Id,
            LeadObserverId = observer.Id,
            SecondObserverId = second,
        };
        db.AssessmentDays.Add(day);
        db.SimulationSessions.Add(session);
        db.Record(
            new ArrangedOutsideTheService(
                "SimulationSession",
                session.Id,
                "Arranged",
                "A simulation for an observer to score"
            )
        );
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>A simulation played already (an hour ago unless said otherwise), for its recording.</summary>
    public static async Task<Guid> PlayedAsync(NaasFactory app, TimeSpan? ago = null)
    {
        var session = await SessionAsync(app);
        await using var db = app.Db();
        var s = await db.SimulationSessions.IgnoreQueryFilters().SingleAsync(x => x.Id == session);
        s.StartsAt = app.Clock.GetUtcNow() - (ago ?? TimeSpan.FromHours(1));
        db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "Played already"));
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>Another simulation for the same candidate, assessment and observers, two hours after the one
    /// given, with the same scenario: the second of the candidate's two.</summary>
    public static async Task<Guid> AnotherSimulationAsync(NaasFactory app, Guid first)
    {
        await using var db = app.Db();
        var s = await db.SimulationSessions.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == first);
        var session = new SimulationSession
        {
            DayId = s.DayId,
            StartsAt = s.StartsAt.AddHours(2),
            Minutes = s.Minutes,
            ScenarioVersionId = s.ScenarioVersionId,
            SocialWorkerId = s.SocialWorkerId,
            EndorsementId = s.EndorsementId,
            LeadObserverId = s.LeadObserverId,
            SecondObserverId = s.SecondObserverId,
        };
        db.SimulationSessions.Add(session);
        db.Record(
            new ArrangedOutsideTheService(
                "SimulationSession",
                session.Id,
                "Arranged",
                "The candidate's second simulation"
            )
        );
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>Submits a whole sheet by the page's own form, as an observer without JavaScript would.</summary>
    public static async Task SubmitAsync(HttpClient observer, Guid session, string global, params string[] levels) =>
        await SubmitWithNotesAsync(observer, session, global, null, levels);

    public static async Task SubmitWithNotesAsync(
        HttpClient observer,
        Guid session,
        string global,
        string? notes,
        params string[] levels
    )
    {
        var sheet = ObservationLinks.MarkerSheet(session);
        var revision = System
            .Text.RegularExpressions.Regex.Match(
                await observer.GetStringAsync(sheet),
                "name=\"Revision\" value=\"(\\d+)\""
            )
            .Groups[1]
            .Value;
        var fields = new List<(string, string)> { ("Revision", revision), ("Global", global), ("Notes", notes ?? "") };
        for (var i = 0; i < levels.Length; i++)
            fields.AddRange([($"Level{i + 1}", levels[i]), ($"Evidence{i + 1}", $"What I saw for {i + 1}")]);
        var r = await observer.PostFormAsync($"{sheet}?handler=Submit", Http.F([.. fields]), sheet);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }
}

/// <summary>The observer's sheet without JavaScript and through the tablet's save endpoint (issue 15, item 4): saved
/// part done, a save from an older revision shown as a conflict and never applied, submitted only whole, and unchanged
/// after; nobody but the session's own observers can open it.</summary>
public partial class ObservationSheetTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<string> Text(HttpResponseMessage r) =>
        WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    [Fact]
    public async Task An_observer_saves_part_done_sees_a_conflict_and_submits_only_a_whole_sheet()
    {
        var id = await Observed.SessionAsync(app);
        var sheet = ObservationLinks.MarkerSheet(id);
        var observer = app.Browser();
        await observer.SignInAsync(Observed.ObserverEmail);
        Assert.Contains(sheet, await observer.GetStringAsync(ObservationLinks.Marker()));
        var page = WebUtility.HtmlDecode(await observer.GetStringAsync(sheet));
        Assert.Contains("Amara Okafor", page);
        Assert.Contains("Explains the purpose of the visit and the family's rights", page);

        var saved = await observer.PostFormAsync(
            $"{sheet}?handler=Save",
            Http.F(("Revision", "0"), ("Device", "form"), ("Level1", "Shown"), ("Evidence1", "Explained the referral"))
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // A save made from revision 0 when 1 is stored (another device saved since) changes nothing and says so.
        var stale = await observer.PostFormAsync(
            $"{sheet}?handler=Save",
            Http.F(("Revision", "0"), ("Device", "tablet b"), ("Level1", "NotShown"), ("Evidence1", "Did not explain"))
        );
        var staleText = await Text(stale);
        Assert.Contains("This sheet was changed on form since you opened it", staleText);
        Assert.Contains("Did not explain", staleText); // what this device entered, kept on the page
        Assert.Contains("Explained the referral", staleText); // and the other version beside it

        // The tablet's endpoint: received from the stored revision, refused as a conflict from an older one.
        var token = Token().Match(await observer.GetStringAsync(sheet)).Groups[1].Value;
        async Task<HttpResponseMessage> Tablet(string revision, string level) =>
            await observer.PostAsync(
                ObservationLinks.MarkerSheetSave(id),
                new FormUrlEncodedContent(
                    Http.F(
                        ("__RequestVerificationToken", token),
                        ("Revision", revision),
                        ("Device", "tablet a"),
                        ("Level1", level),
                        ("Evidence1", "Explained the referral"),
                        ("Level2", "Shown")
                    )
                )
            );
        var received = await Tablet("1", "StronglyShown");
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(
            2,
            JsonDocument
                .Parse(await received.Content.ReadAsStringAsync())
                .RootElement.GetProperty("revision")
                .GetInt32()
        );
        var conflict = await Tablet("1", "NotShown");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(
            "tablet a",
            JsonDocument.Parse(await conflict.Content.ReadAsStringAsync()).RootElement.GetProperty("device").GetString()
        );
        await using (var db = app.Db())
        {
            var stored = await db.ObservationSheets.SingleAsync(s => s.SessionId == id);
            Assert.Equal(
                (2, "StronglyShown", "tablet a"),
                (stored.Revision, stored.Ratings[0].Level, stored.UpdatedOn)
            );
        }

        // Submitted only whole: every criterion rated with its evidence, and the global judgement.
        var part = await observer.PostFormAsync(
            $"{sheet}?handler=Submit",
            Http.F(("Revision", "2"), ("Level1", "Shown"), ("Evidence1", "Explained"))
        );
        var partText = await Text(part);
        Assert.Contains("Rate criterion 2", partText);
        Assert.Contains("Give your global judgement of the whole performance", partText);
        var whole = await observer.PostFormAsync(
            $"{sheet}?handler=Submit",
            Http.F(
                ("Revision", "2"),
                ("Level1", "Shown"),
                ("Evidence1", "Explained the referral and what happens next"),
                ("Level2", "PartlyShown"),
                ("Evidence2", "Listened, then steered back to attendance"),
                ("Level3", "Shown"),
                ("Evidence3", "Asked what Jay's mornings are like"),
                ("Global", "Pass"),
                ("Notes", "Warm and clear; explore the child's view earlier.")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, whole.StatusCode);
        Assert.Contains(
            "already been submitted",
            await Text(
                await observer.PostFormAsync($"{sheet}?handler=Save", Http.F(("Revision", "3"), ("Level1", "NotShown")))
            )
        );
        Assert.Equal(HttpStatusCode.Locked, (await Tablet("3", "NotShown")).StatusCode);
        await using (var db = app.Db())
        {
            var stored = await db.ObservationSheets.SingleAsync(s => s.SessionId == id);
            Assert.NotNull(stored.SubmittedAt);
            Assert.Equal(
                ("Shown", Naas.Domain.Scenarios.GlobalJudgement.Pass),
                (stored.Ratings[0].Level, stored.Global)
            );
            var submitted = await db.AuditEvents.SingleAsync(a => a.SubjectId == stored.Id);
            Assert.Equal("SheetSubmitted", submitted.EventType);
            Assert.Contains("5 of 9, global judgement pass", submitted.Summary);
        }
    }

    [Fact]
    public async Task Nobody_but_the_sessions_own_observers_opens_its_sheet()
    {
        var id = await Observed.SessionAsync(app);
        foreach (
            var email in new[]
            {
                DemoData.SocialWorkerEmail,
                DemoData.LeedsLeadEmail,
                DemoData.AdminEmail,
                DemoData.AuthorEmail,
            }
        )
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            Http.AssertRefused(await other.GetAsync(ObservationLinks.MarkerSheet(id)));
        }
        var observer = app.Browser();
        await observer.SignInAsync(Observed.ObserverEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await observer.GetAsync(ObservationLinks.MarkerSheet(Guid.NewGuid()))).StatusCode
        );
    }
}
