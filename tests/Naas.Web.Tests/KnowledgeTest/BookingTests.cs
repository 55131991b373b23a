using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.KnowledgeTest;

/// <summary>Booking and starting the real knowledge test (¶37: candidates are put forward by their employer and
/// agree; Stage 2 element 1: a test window or booking).</summary>
public class BookingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<Guid> AgreedEndorsementAsync(string registrationNumber)
    {
        await using var db = app.Db();
        var e = await Arrange.EndorsementAsync(
            db,
            registrationNumber,
            EndorsementState.Agreed,
            NaasFactory.Now.AddDays(-3),
            "Arranged for the test",
            evidence: "Supervision notes"
        );
        return e.Id;
    }

    private async Task<string> ChoiceAsync(string location)
    {
        await using var db = app.Db();
        var window = await db
            .TestWindows.Include(w => w.Blueprint)
            .SingleAsync(w => w.Blueprint!.Status == StatusLevel.Practitioner);
        return $"{window.Id:N}|{location}";
    }

    [Fact]
    public async Task Only_an_endorsed_candidate_who_agreed_can_book_and_the_test_starts_in_the_window_at_the_booked_place_para37()
    {
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Contains("once your employer has endorsed you", await amara.GetStringAsync(KnowledgeTestLinks.Me()));
        Assert.Equal(HttpStatusCode.Redirect, (await amara.GetAsync(KnowledgeTestLinks.MeBook())).StatusCode);

        var endorsement = await AgreedEndorsementAsync("SW100001");
        var book = WebUtility.HtmlDecode(await amara.GetStringAsync(KnowledgeTestLinks.MeBook()));
        Assert.Contains("Leeds assessment centre, ", book);
        Assert.Contains("Remote, ", book);
        var none = await amara.PostFormAsync(KnowledgeTestLinks.MeBook(), Http.F(("Choice", "nonsense")));
        Assert.Contains(
            "Select when and where you will take the test",
            WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync())
        );
        var booked = await amara.PostFormAsync(
            KnowledgeTestLinks.MeBook(),
            Http.F(("Choice", await ChoiceAsync("Leeds assessment centre")), ("Adjustments", "I use a screen reader"))
        );
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);

        Guid bookingId;
        await using (var db = app.Db())
        {
            var booking = await db.TestBookings.Include(b => b.Window).SingleAsync(b => b.EndorsementId == endorsement);
            bookingId = booking.Id;
            Assert.Equal(endorsement, booking.EndorsementId);
            // The window has not opened yet: the test cannot start.
            booking.Window!.Opens = NaasFactory.Now.AddDays(2);
            db.Record(new ArrangedOutsideTheService("TestWindow", booking.WindowId, "Moved", "Arranged for the test"));
            await db.SaveChangesAsync();
            var audit = await db.AuditEvents.SingleAsync(a => a.SubjectId == booking.Id && a.Action == "Booked");
            Assert.DoesNotContain("screen reader", audit.Summary); // what was asked for stays out of the audit text
        }
        var early = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Contains(
            "Your test window opens on 25 November 2026 at 10:00",
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync())
        );

        await using (var db = app.Db())
        {
            var window = await db.TestWindows.SingleAsync(w =>
                db.TestBookings.Any(b => b.Id == bookingId && b.WindowId == w.Id)
            );
            window.Opens = NaasFactory.Now.AddDays(-1);
            db.Record(new ArrangedOutsideTheService("TestWindow", window.Id, "Moved", "Arranged for the test"));
            await db.SaveChangesAsync();
        }
        // A booking at an assessment centre starts only once the invigilator there has checked who it is (issue 13).
        var fromHome = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Contains(
            "The invigilator there checks who you are and then lets your test start, so it cannot be started from anywhere else",
            WebUtility.HtmlDecode(await fromHome.Content.ReadAsStringAsync())
        );
        Assert.DoesNotContain("Start your knowledge test", await amara.GetStringAsync(KnowledgeTestLinks.Me()));
        var invigilator = app.Browser();
        await invigilator.SignInAsync(DemoData.InvigilatorEmail);
        var arrivals = await invigilator.GetStringAsync(KnowledgeTestLinks.Invigilator());
        Assert.Contains("Amara Okafor", arrivals[arrivals.IndexOf("id=\"arrivals\"", StringComparison.Ordinal)..]);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await invigilator.PostFormAsync(
                    $"{KnowledgeTestLinks.Invigilator()}?handler=CheckIn&bookingId={bookingId}",
                    [],
                    KnowledgeTestLinks.Invigilator()
                )
            ).StatusCode
        );

        // The adjustment asked for at booking reached the programme's queue, and the test does not start on the plain
        // clock without saying so (issue 13).
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var queue = WebUtility.HtmlDecode(await admin.GetStringAsync(KnowledgeTestLinks.AdminAdjustments()));
        Assert.Contains("Amara Okafor (SW100001)", queue);
        Assert.Contains("I use a screen reader", queue);
        Assert.Contains(
            "1 adjustment request</a> to decide",
            WebUtility.HtmlDecode(await admin.GetStringAsync(AdministrationLinks.Admin()))
        );
        var undecided = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        var undecidedHtml = WebUtility.HtmlDecode(await undecided.Content.ReadAsStringAsync());
        Assert.Contains("has not yet decided on the adjustments you asked for", undecidedHtml);
        Assert.Contains("Start now without the adjustments", undecidedHtml);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    KnowledgeTestLinks.AdminAdjustments(),
                    Http.F(
                        ("RegistrationNumber", "SW100001"),
                        ("ExtraTimePercent", "25"),
                        ("RestBreaks", "false"),
                        ("MaxBreakMinutes", "10"),
                        ("Notes", "Screen reader")
                    )
                )
            ).StatusCode
        );
        Assert.Contains("No requests are waiting", await admin.GetStringAsync(KnowledgeTestLinks.AdminAdjustments()));
        Assert.Contains(
            "Agreed: 25% extra time; Screen reader",
            WebUtility.HtmlDecode(await amara.GetStringAsync(KnowledgeTestLinks.Me()))
        );
        await using (var db = app.Db())
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.SocialWorkerEmail
                    && m.Subject == "A decision on your adjustments for the knowledge test"
                )
            );
        {
            var started = await amara.PostFormAsync(
                $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
                [],
                KnowledgeTestLinks.Me()
            );
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            var attemptId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
            Assert.Contains("Question 1 of 7", await amara.GetStringAsync(KnowledgeTestLinks.MeQuestion(attemptId, 1)));
            await using var db = app.Db();
            var attempt = await db.KnowledgeAttempts.SingleAsync(a => a.Id == attemptId);
            Assert.Equal("Leeds assessment centre", attempt.Location);
            var minutes = (await db.KnowledgeBlueprints.SingleAsync(b => b.Id == attempt.BlueprintId)).Minutes;
            Assert.Equal(minutes * 60 * 125 / 100, attempt.AllowedSeconds); // the agreed 25% extra time
            Assert.Equal(bookingId, attempt.BookingId);
            Assert.Contains(
                KnowledgeTestLinks.InvigilatorSitting(attemptId),
                await invigilator.GetStringAsync(KnowledgeTestLinks.Invigilator())
            ); // a real sitting is listed
            Assert.Equal(
                EndorsementState.InAssessment,
                (await db.Endorsements.SingleAsync(e => e.Id == endorsement)).State
            );
            Assert.True(
                await db.AuditEvents.AnyAsync(a => a.SubjectId == endorsement && a.Action == "AssessmentBegun")
            );
            // The case's two questions sit together on the form.
            var caseVersions = await db
                .KnowledgeItemVersions.Where(v => v.CaseId != null)
                .Select(v => v.Id)
                .ToListAsync();
            var positions = attempt
                .Items.Select((id, i) => (id, i))
                .Where(x => caseVersions.Contains(x.id))
                .Select(x => x.i)
                .ToList();
            Assert.Equal(2, positions.Count);
            Assert.Equal(1, positions[1] - positions[0]);
            // A used booking cannot be cancelled, and a sat endorsement cannot be booked again.
            var cancel = await amara.PostFormAsync(
                $"{KnowledgeTestLinks.Me()}?handler=Cancel&bookingId={bookingId}",
                [],
                KnowledgeTestLinks.Me()
            );
            Assert.Contains("already started", WebUtility.HtmlDecode(await cancel.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.Redirect, (await amara.GetAsync(KnowledgeTestLinks.MeBook())).StatusCode);
        }
    }

    [Fact]
    public async Task A_withdrawn_endorsement_stops_the_booked_test_from_starting_para37()
    {
        var endorsement = await AgreedEndorsementAsync("SW100002");
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var booked = await tom.PostFormAsync(
            KnowledgeTestLinks.MeBook(),
            Http.F(("Choice", await ChoiceAsync("Remote")))
        );
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Guid bookingId;
        await using (var db = app.Db())
        {
            var tomId = (await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100002")).Id;
            bookingId = (await db.TestBookings.SingleAsync(b => b.SocialWorkerId == tomId)).Id;
            var e = await db.Endorsements.SingleAsync(x => x.Id == endorsement);
            e.State = EndorsementState.Withdrawn;
            db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Withdrawn", "Arranged for the test"));
            await db.SaveChangesAsync();
        }
        var refused = await tom.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "endorsement for this assessment is no longer in place",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())
        );
        await using var after = app.Db();
        Assert.False(await after.KnowledgeAttempts.AnyAsync(a => a.BookingId == bookingId));

        // Someone else's booking id gets nothing.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var other = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Contains("There is no such booking", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_programme_sets_a_blueprint_and_a_window_with_every_problem_named()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var bad = await admin.PostFormAsync(
            KnowledgeTestLinks.AdminBlueprints(),
            Http.F(("Name", ""), ("Minutes", "two"))
        );
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter a name for the test", badHtml);
        Assert.Contains("Select the status the test is for", badHtml);
        Assert.Contains("Select whether it is a practice test", badHtml);
        Assert.Contains("Time allowed must be a whole number from 5 to 300", badHtml);
        await using (var db = app.Db())
            Assert.False(await db.KnowledgeBlueprints.AnyAsync(b => b.Status == StatusLevel.Supervisor));

        var created = await admin.PostFormAsync(
            KnowledgeTestLinks.AdminBlueprints(),
            Http.F(
                ("Name", "Knowledge test for practice supervisors"),
                ("Status", "Supervisor"),
                ("Kind", "real"),
                ("Minutes", "90")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Guid area;
        await using (var db = app.Db())
            area = await db
                .KnowledgeAreas.Join(db.Statuses, a => a.StatusId, s => s.Id, (a, s) => new { a, s.Level })
                .Where(x => x.Level == StatusLevel.Supervisor)
                .OrderBy(x => x.a.Number)
                .Select(x => x.a.Id)
                .FirstAsync();
        var wrongCount = await admin.PostFormAsync(
            url,
            Http.F(
                ("Input.Name", "Knowledge test for practice supervisors"),
                ("Input.Minutes", "90"),
                ("Input.MaxTimesShown", "500"),
                ("Input.PassMarkTolerance", "0.5"),
                ($"Input.General[{area}]", "three")
            )
        );
        var wrongHtml = WebUtility.HtmlDecode(await wrongCount.Content.ReadAsStringAsync());
        Assert.Contains("General questions for an area must be a whole number from 0 to 200", wrongHtml);
        Assert.Contains("value=\"three\"", wrongHtml); // what was typed is kept
        var saved = await admin.PostFormAsync(
            url,
            Http.F(
                ("Input.Name", "Knowledge test for practice supervisors"),
                ("Input.Minutes", "90"),
                ("Input.MaxTimesShown", "500"),
                ("Input.PassMarkTolerance", "0.5"),
                ($"Input.General[{area}]", "3"),
                ($"Input.Applied[{area}]", "2")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(url));
        Assert.Contains("The live bank cannot make a form", page); // no supervisor questions are live yet, and the page says so

        var window = await admin.PostFormAsync(
            $"{url}?handler=Window",
            Http.F(
                ("Opens.Day", "10"),
                ("Opens.Month", "12"),
                ("Opens.Year", "2026"),
                ("Closes.Day", "1"),
                ("Closes.Month", "12"),
                ("Closes.Year", "2026"),
                ("Remote", "false"),
                ("Centres", "")
            ),
            url
        );
        var windowHtml = WebUtility.HtmlDecode(await window.Content.ReadAsStringAsync());
        Assert.Contains("Date the window closes must be the same as or after the date it opens", windowHtml);
        Assert.Contains("Enter at least one assessment centre, or allow remote sittings", windowHtml);
        var ok = await admin.PostFormAsync(
            $"{url}?handler=Window",
            Http.F(
                ("Opens.Day", "1"),
                ("Opens.Month", "12"),
                ("Opens.Year", "2026"),
                ("Closes.Day", "14"),
                ("Closes.Month", "12"),
                ("Closes.Year", "2026"),
                ("Remote", "true"),
                ("Centres", "Birmingham assessment centre")
            ),
            url
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var after = app.Db();
        var w = await after
            .TestWindows.Include(x => x.Blueprint)
            .SingleAsync(x => x.Blueprint!.Status == StatusLevel.Supervisor);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), w.Opens); // midnight in England (GMT in December)
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero), w.Closes);
        Assert.Equal(["Remote", "Birmingham assessment centre"], w.Locations);
    }
}
