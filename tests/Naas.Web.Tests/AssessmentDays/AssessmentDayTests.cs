using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.AssessmentDays;

/// <summary>Centres, actors and observers, assessment days and their sessions (issue 15, items 2 and 3): the programme
/// plans a day, places candidates and gives each simulation its actor and observers by hand, with every clash refused
/// and explained, whichever is decided first. Run on PostgreSQL and on the SQLite default, which cannot do arithmetic
/// on stored instants.</summary>
public abstract partial class AssessmentDayTestsBase(NaasFactory app)
{
    [GeneratedRegex("/admin/assessment-days/([0-9a-f-]{36})")]
    private static partial Regex DayLink();

    [GeneratedRegex("/admin/centres/([0-9a-f-]{36})")]
    private static partial Regex CentreLink();

    [GeneratedRegex("/admin/assessment-days/sessions/([0-9a-f-]{36})")]
    private static partial Regex SessionLink();

    private static async Task<string> Text(HttpResponseMessage r) =>
        WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    [Fact]
    public async Task The_programme_plans_a_day_and_every_clash_is_refused_with_its_reason()
    {
        var day = Clock.Today(app.Clock).AddDays(30);
        Guid leeds,
            scenario,
            live;
        await using (var db = app.Db())
        {
            leeds = await db.Organisations.Where(o => o.Name == Arrange.Employer).Select(o => o.Id).SingleAsync();
            (scenario, live) = await db
                .ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001")
                .Select(v => new ValueTuple<Guid, Guid>(v.ScenarioId, v.Id))
                .SingleAsync();
            await Arrange.EndorsementAsync(
                db,
                "SW100001",
                EndorsementState.Agreed,
                app.Clock.GetUtcNow(),
                "Amara agreed to be put forward"
            );
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);

        // A centre: a wrong cost is named and what was typed is kept.
        var bad = await admin.PostFormAsync(
            AssessmentDaysLinks.AdminCentres(),
            Http.F(("Name", "Leeds assessment centre"), ("Address", "1 Park Row, Leeds"), ("CostPerDay", "lots"))
        );
        var badText = await Text(bad);
        Assert.Contains("Select the centre's region", badText);
        Assert.Contains("Enter what a day at the centre costs in pounds", badText);
        Assert.Contains("1 Park Row, Leeds", badText);
        var centre = await admin.PostFormAsync(
            AssessmentDaysLinks.AdminCentres(),
            Http.F(
                ("Name", "Leeds assessment centre"),
                ("Address", "1 Park Row, Leeds"),
                ("Region", "Yorkshire and the Humber"),
                ("CostPerDay", "450.00")
            )
        );
        var centreId = Guid.Parse(CentreLink().Match(centre.Headers.Location!.OriginalString).Groups[1].Value);
        Assert.Contains(
            "from 4 (a simulation needs 4)",
            await Text(
                await admin.PostFormAsync(
                    AssessmentDaysLinks.AdminCentre(centreId),
                    Http.F(("RoomName", "Room 1"), ("Capacity", "2"), ("StepFree", "yes"))
                )
            )
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    AssessmentDaysLinks.AdminCentre(centreId),
                    Http.F(("RoomName", "Room 1"), ("Capacity", "6"), ("StepFree", "yes"))
                )
            ).StatusCode
        );

        // People: an actor trained for the demo scenario, and three observers.
        var date = day.ToString("dd/MM/yyyy");
        foreach (var (name, email) in new[] { ("Kim Lowe", "kim@actors.example"), ("Sam Ortiz", "sam@actors.example") })
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await admin.PostFormAsync(
                        AssessmentDaysLinks.AdminActors(),
                        Http.F(
                            ("Name", name),
                            ("Email", email),
                            ("DayRate", "350"),
                            ("Scenarios", scenario.ToString()),
                            ("Dates", date)
                        )
                    )
                ).StatusCode
            );
        Assert.Contains(
            "\"31/02/2027\" is not a date",
            await Text(
                await admin.PostFormAsync(
                    AssessmentDaysLinks.AdminActors(),
                    Http.F(("Name", "Al"), ("Email", "al@actors.example"), ("DayRate", "350"), ("Dates", "31/02/2027"))
                )
            )
        );
        var calibrated = Clock.Today(app.Clock).AddMonths(-2).ToString("dd/MM/yyyy");
        async Task Observer(string name, string email, string calibratedOn, string? conflict = null) =>
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await admin.PostFormAsync(
                        AssessmentDaysLinks.AdminObservers(),
                        Http.F([
                            ("Name", name),
                            ("Email", email),
                            ("TrainedOn", "01/01/2024"),
                            ("CalibratedOn", calibratedOn),
                            ("Dates", date),
                            .. conflict is null ? [] : new[] { ("ConflictOrganisations", conflict) },
                        ])
                    )
                ).StatusCode
            );
        await Observer("Olu Ade", "olu@observers.example", calibrated, leeds.ToString());
        await Observer("Pat Kerr", "pat@observers.example", calibrated);
        await Observer("Rae Lin", "rae@observers.example", "02/01/2024");

        // A day and three sessions.
        var planned = await admin.PostFormAsync(
            AssessmentDaysLinks.AdminDays(),
            Http.F(("Date", date), ("Place", centreId.ToString()), ("For", "Practitioner"))
        );
        var dayId = Guid.Parse(DayLink().Match(planned.Headers.Location!.OriginalString).Groups[1].Value);
        Guid room;
        await using (var db = app.Db())
            room = await db.CentreRooms.Where(r => r.CentreId == centreId).Select(r => r.Id).SingleAsync();
        foreach (var time in new[] { "10:00", "11:00", "14:00" })
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await admin.PostFormAsync(
                        AssessmentDaysLinks.AdminDay(dayId),
                        Http.F(
                            ("Room", room.ToString()),
                            ("Starts", time),
                            ("Minutes", "40"),
                            ("Scenario", live.ToString())
                        )
                    )
                ).StatusCode
            );
        Assert.Contains(
            "Room 1 already has a simulation at that time",
            await Text(
                await admin.PostFormAsync(
                    AssessmentDaysLinks.AdminDay(dayId),
                    Http.F(
                        ("Room", room.ToString()),
                        ("Starts", "10:20"),
                        ("Minutes", "40"),
                        ("Scenario", live.ToString())
                    )
                )
            )
        );
        List<Guid> sessions;
        Dictionary<string, Guid> people;
        await using (var db = app.Db())
        {
            // The scenario version a session uses is frozen from then on (ADR 0019).
            Assert.NotNull((await db.ScenarioVersions.SingleAsync(v => v.Id == live)).FirstUsedAt);
            sessions = await db
                .SimulationSessions.Where(s => s.DayId == dayId)
                .OrderBy(s => s.StartsAt)
                .Select(s => s.Id)
                .ToListAsync();
            people = (await db.Actors.Select(a => new { a.Name, a.Id }).ToListAsync())
                .Concat(await db.Observers.Select(o => new { o.Name, o.Id }).ToListAsync())
                .ToDictionary(x => x.Name, x => x.Id);
            Assert.Equal(
                new TimeOnly(10, 0),
                TimeOnly.FromDateTime(
                    Clock
                        .InUk(
                            await db
                                .SimulationSessions.Where(s => s.Id == sessions[0])
                                .Select(s => s.StartsAt)
                                .SingleAsync()
                        )
                        .DateTime
                )
            );
        }
        var (first, second, third) = (
            AssessmentDaysLinks.AdminSession(sessions[0]),
            AssessmentDaysLinks.AdminSession(sessions[1]),
            AssessmentDaysLinks.AdminSession(sessions[2])
        );
        Task<HttpResponseMessage> Give(string session, string role, string field, string name) =>
            admin.PostFormAsync(
                $"{session}?handler=Give&role={role}",
                Http.F((field, people[name].ToString())),
                session
            );
        Task<HttpResponseMessage> Place(string session) =>
            admin.PostFormAsync($"{session}?handler=Place", Http.F(("RegistrationNumber", "sw100001")), session);

        // A candidate without an agreed endorsement for the status is not placed.
        Assert.Contains(
            "Tom Hughes has no agreed endorsement for child and family practitioner",
            await Text(
                await admin.PostFormAsync($"{first}?handler=Place", Http.F(("RegistrationNumber", "SW100002")), first)
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Place(first)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Place(second)).StatusCode);

        // The observer who works with Leeds may not assess Amara; the stale calibration is refused; Pat may.
        Assert.Contains(
            "Olu Ade works for, or has a conflict with, an organisation that employs Amara Okafor.",
            await Text(await Give(first, "LeadObserver", "LeadObserver", "Olu Ade"))
        );
        Assert.Contains(
            "Rae Lin's calibration (2 January 2024) will be more than 12 months old on the day.",
            await Text(await Give(first, "LeadObserver", "LeadObserver", "Rae Lin"))
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await Give(first, "LeadObserver", "LeadObserver", "Pat Kerr")).StatusCode
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Give(first, "Actor", "Actor", "Kim Lowe")).StatusCode);

        // Nobody twice for one candidate, nobody twice in one session.
        Assert.Contains(
            "Kim Lowe is already the actor in another of Amara Okafor's simulations",
            await Text(await Give(second, "Actor", "Actor", "Kim Lowe"))
        );
        Assert.Contains(
            "Pat Kerr is already the lead observer in this session.",
            await Text(await Give(first, "SecondObserver", "SecondObserver", "Pat Kerr"))
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Give(second, "Actor", "Actor", "Sam Ortiz")).StatusCode);

        // Whichever comes first: Olu is given the empty afternoon session, then placing Amara in it is refused.
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await Give(third, "LeadObserver", "LeadObserver", "Olu Ade")).StatusCode
        );
        Assert.Contains(
            "Olu Ade works for, or has a conflict with, an organisation that employs Amara Okafor.",
            await Text(await Place(third))
        );

        // A second observer may score from the recording (item 8): the page's choice is kept on the session and shown.
        Assert.Contains(
            "Pat Kerr is already the lead observer in another of Amara Okafor's simulations",
            await Text(
                await admin.PostFormAsync(
                    $"{second}?handler=Give&role=SecondObserver",
                    Http.F(("SecondObserver", people["Pat Kerr"].ToString()), ("FromRecording", "true")),
                    second
                )
            )
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{third}?handler=Give&role=SecondObserver",
                    Http.F(("SecondObserver", people["Pat Kerr"].ToString()), ("FromRecording", "true")),
                    third
                )
            ).StatusCode
        );
        Assert.Contains("Pat Kerr, scoring from the recording", await admin.GetStringAsync(third));

        await using (var db = app.Db())
        {
            var s1 = await db.SimulationSessions.SingleAsync(s => s.Id == sessions[0]);
            Assert.Equal(
                (people["Kim Lowe"], people["Pat Kerr"], (Guid?)null),
                (s1.ActorId!.Value, s1.LeadObserverId!.Value, s1.SecondObserverId)
            );
            Assert.Null((await db.SimulationSessions.SingleAsync(s => s.Id == sessions[2])).SocialWorkerId);
            var recorded = await db
                .AuditEvents.Where(a => a.SubjectId == sessions[0])
                .OrderBy(a => a.OccurredAt)
                .ThenBy(a => a.Id)
                .Select(a => a.EventType)
                .ToListAsync();
            Assert.Equal(["SessionAdded", "CandidatePlaced", "SessionStaffed", "SessionStaffed"], recorded);
        }

        // Amara reads that she was given a simulation, and never who observes her.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var history = WebUtility.HtmlDecode(await amara.GetStringAsync(HistoryLinks.MeHistory()));
        Assert.Contains("You were given a simulation on", history);
        Assert.DoesNotContain("Pat Kerr", history);

        // None of it is open to an employer or an observer.
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        foreach (
            var link in new[]
            {
                AssessmentDaysLinks.AdminDays(),
                AssessmentDaysLinks.AdminDay(dayId),
                first,
                AssessmentDaysLinks.AdminObservers(),
            }
        )
            Http.AssertRefused(await lead.GetAsync(link));
    }
}

public class AssessmentDayTests(NaasFactory app) : AssessmentDayTestsBase(app), IClassFixture<NaasFactory>;

public class SqliteAssessmentDayTests(SqliteNaasFactory app)
    : AssessmentDayTestsBase(app),
        IClassFixture<SqliteNaasFactory>;
