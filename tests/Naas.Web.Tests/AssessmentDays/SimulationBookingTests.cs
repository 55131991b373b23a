using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.AssessmentDays;

/// <summary>A candidate books their own simulations (issue 15, item 3): only with a standing endorsement, only open
/// sessions for their status at least two days ahead, two at most, never two at once or with an observer the clash
/// rules refuse; adjustments asked for reach the programme's queue; a booking can be cancelled in time.</summary>
public class SimulationBookingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<Dictionary<string, Guid>> ArrangeAsync()
    {
        await using var db = app.Db();
        await Arrange.EndorsementAsync(db, "SW100001", EndorsementState.Agreed, app.Clock.GetUtcNow(), "Agreed");
        var version = await db.ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001").SingleAsync();
        var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
        var conflicted = new Observer
        {
            Name = "Ruth Hale",
            Email = "ruth.hale@observers.example",
            CalibratedOn = new DateOnly(2026, 6, 1),
            ConflictSocialWorkerIds = [amara.Id],
            AvailableDates = [DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(10)],
        };
        db.Observers.Add(conflicted);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var sessions = new Dictionary<string, Guid>();
        void Day(int days, StatusLevel level, params (string Name, int Hour, int Minute, Guid? Observer)[] slots)
        {
            var day = new AssessmentDay { Date = today.AddDays(days), For = level };
            db.AssessmentDays.Add(day);
            foreach (var (name, hour, minute, observer) in slots)
            {
                var s = new SimulationSession
                {
                    DayId = day.Id,
                    StartsAt = Naas.Web.Infrastructure.Clock.AtUkTime(day.Date, new TimeOnly(hour, minute)),
                    Minutes = 40,
                    ScenarioVersionId = version.Id,
                    LeadObserverId = observer,
                };
                db.SimulationSessions.Add(s);
                sessions[name] = s.Id;
            }
        }
        Day(
            10,
            StatusLevel.Practitioner,
            ("morning", 10, 0, null),
            ("overlapping", 10, 20, null),
            ("afternoon", 14, 0, null),
            ("conflicted", 16, 0, conflicted.Id)
        );
        Day(1, StatusLevel.Practitioner, ("tomorrow", 10, 0, null));
        Day(12, StatusLevel.Supervisor, ("supervisors", 10, 0, null));
        db.Record(new ArrangedOutsideTheService("AssessmentDay", null, "Arranged", "Days to book"));
        await db.SaveChangesAsync();
        return sessions;
    }

    private static async Task<HttpResponseMessage> BookAsync(HttpClient me, string session, string adjustments = "") =>
        await me.PostFormAsync(
            AssessmentDaysLinks.MeSimulations(),
            Http.F(("Session", session), ("Adjustments", adjustments))
        );

    [Fact]
    public async Task A_candidate_books_two_open_simulations_under_the_clash_rules_and_asks_for_adjustments()
    {
        var s = await ArrangeAsync();
        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var page = await me.GetStringAsync(AssessmentDaysLinks.MeSimulations());
        foreach (var open in new[] { "morning", "overlapping", "afternoon" })
            Assert.Contains(s[open].ToString(), page);
        // Too soon, and another status's day, are not offered.
        Assert.DoesNotContain(s["tomorrow"].ToString(), page);
        Assert.DoesNotContain(s["supervisors"].ToString(), page);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await BookAsync(me, s["morning"].ToString(), "A step-free room, please")).StatusCode
        );
        await using (var db = app.Db())
        {
            var booked = await db.SimulationSessions.SingleAsync(x => x.Id == s["morning"]);
            Assert.Equal("A step-free room, please", booked.AdjustmentRequest);
            Assert.NotNull(booked.BookedAt);
            var recorded = await db.AuditEvents.SingleAsync(a =>
                a.SubjectId == booked.Id && a.EventType == "SimulationBooked"
            );
            Assert.DoesNotContain("step-free", recorded.Payload);
        }

        var refused = WebUtility.HtmlDecode(
            await (await BookAsync(me, s["overlapping"].ToString())).Content.ReadAsStringAsync()
        );
        Assert.Contains("govuk-error-summary", refused);
        Assert.Contains("already has a simulation at that time", refused);
        refused = WebUtility.HtmlDecode(
            await (await BookAsync(me, s["conflicted"].ToString())).Content.ReadAsStringAsync()
        );
        Assert.Contains("Ruth Hale has declared a conflict of interest with", refused);
        refused = WebUtility.HtmlDecode(
            await (await BookAsync(me, s["tomorrow"].ToString())).Content.ReadAsStringAsync()
        );
        Assert.Contains("Select a simulation from the list", refused);
        refused = WebUtility.HtmlDecode(await (await BookAsync(me, "not-an-id")).Content.ReadAsStringAsync());
        Assert.Contains("Select a simulation from the list", refused);

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var queue = WebUtility.HtmlDecode(await admin.GetStringAsync(KnowledgeTestLinks.AdminAdjustments()));
        Assert.Contains("A step-free room, please", queue);
        Assert.Contains("Simulation. Asked", queue);

        Assert.Equal(HttpStatusCode.Redirect, (await BookAsync(me, s["afternoon"].ToString())).StatusCode);
        Assert.Contains(
            "You have both your simulations.",
            WebUtility.HtmlDecode(await me.GetStringAsync(AssessmentDaysLinks.MeSimulations()))
        );

        var cancel = await me.PostFormAsync(
            $"{AssessmentDaysLinks.MeSimulations()}?handler=Cancel&id={s["afternoon"]}",
            Http.F(),
            AssessmentDaysLinks.MeSimulations()
        );
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        await using (var db = app.Db())
        {
            var freed = await db.SimulationSessions.SingleAsync(x => x.Id == s["afternoon"]);
            Assert.Equal((null, null), (freed.SocialWorkerId, freed.BookedAt));
            Assert.True(
                await db.AuditEvents.AnyAsync(a =>
                    a.SubjectId == freed.Id && a.EventType == "SimulationBookingCancelled"
                )
            );
        }
        // Someone else's session, or one the programme placed, is not the candidate's to cancel.
        var other = await me.PostFormAsync(
            $"{AssessmentDaysLinks.MeSimulations()}?handler=Cancel&id={s["supervisors"]}",
            Http.F(),
            AssessmentDaysLinks.MeSimulations()
        );
        Assert.Contains(
            "There is no such simulation of yours",
            WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync())
        );
    }
}

/// <summary>Without a standing endorsement a candidate has nothing to book (issue 15, item 3), in a database of its
/// own so that no other test's endorsement is there.</summary>
public class SimulationBookingClosedTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Without_a_standing_endorsement_there_is_nothing_to_book()
    {
        var me = app.Browser();
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        var page = WebUtility.HtmlDecode(await me.GetStringAsync(AssessmentDaysLinks.MeSimulations()));
        Assert.Contains("You can book simulations once your employer has endorsed you", page);
    }
}
