using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Browser.Tests.AssessmentDays;

/// <summary>A simulation from booking to the day, without JavaScript (issue 15, items 3 and 4): the candidate books an
/// open session asking for adjustments; on the day the coordinator checks them in (a wrong registration number is
/// refused in the error summary) once the programme has given them the day, starts the preparation time, and the
/// candidate reads the briefing on screen.
/// axe-core on every page.</summary>
public class SimulationDayJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_candidate_books_a_simulation_and_is_checked_in_and_briefed_on_the_day()
    {
        var app = browser.App;
        Guid open,
            today,
            todayDay;
        await using (var db = app.Db())
        {
            await Naas.Web.Tests.Arrange.EndorsementAsync(
                db,
                "SW100001",
                EndorsementState.Agreed,
                app.Clock.GetUtcNow(),
                "Agreed"
            );
            var version = await db.ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001").SingleAsync();
            var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
            var now = app.Clock.GetUtcNow();
            var later = new AssessmentDay
            {
                Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(9),
                For = Naas.Domain.Workforce.StatusLevel.Practitioner,
            };
            var onTheDay = new AssessmentDay
            {
                Date = DateOnly.FromDateTime(Clock.InUk(now).DateTime),
                For = Naas.Domain.Workforce.StatusLevel.Practitioner,
            };
            var s1 = new SimulationSession
            {
                DayId = later.Id,
                StartsAt = Clock.AtUkTime(later.Date, new TimeOnly(10, 0)),
                Minutes = 40,
                ScenarioVersionId = version.Id,
            };
            var s2 = new SimulationSession
            {
                DayId = onTheDay.Id,
                StartsAt = now.AddMinutes(30),
                Minutes = 40,
                ScenarioVersionId = version.Id,
                SocialWorkerId = amara.Id,
            };
            db.AddRange(later, onTheDay, s1, s2);
            db.Record(new ArrangedOutsideTheService("AssessmentDay", null, "Arranged", "A day to book and one today"));
            await db.SaveChangesAsync();
            (open, today, todayDay) = (s1.Id, s2.Id, onTheDay.Id);
        }

        var me = await browser.NewPageAsync(javaScript: false);
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        await me.GoAndCheckAsync(AssessmentDaysLinks.MeSimulations());
        await me.Locator($"input[value='{open}']").CheckAsync();
        await me.GetByLabel("Do you need any adjustments? (optional)").FillAsync("Rest breaks between the simulations");
        await me.ClickAndCheckAsync(me.GetByRole(AriaRole.Button, new() { Name = "Book this simulation" }));
        await Assertions
            .Expect(me.Locator(".govuk-notification-banner"))
            .ToContainTextAsync("Your simulation is booked");

        // Only a coordinator the programme gives the day sees its run sheet.
        var centre = await browser.NewPageAsync(javaScript: false);
        await centre.SignInAsync(DemoData.InvigilatorEmail);
        await centre.GoAndCheckAsync(AssessmentDaysLinks.CentreRunSheet());
        await Assertions.Expect(centre.Locator("main")).Not.ToContainTextAsync("SW100001");
        var programme = await browser.NewPageAsync(javaScript: false);
        await programme.SignInAsync(DemoData.AdminEmail);
        await programme.GoAndCheckAsync(AssessmentDaysLinks.AdminDay(todayDay));
        await programme.ClickAndCheckAsync(
            programme.GetByRole(AriaRole.Button, new() { Name = "Give the day this coordinator" })
        );
        await Assertions
            .Expect(programme.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Select a centre coordinator from the list");
        await programme.GetByLabel("Kim Osei (centre coordinator)").CheckAsync();
        await programme.ClickAndCheckAsync(
            programme.GetByRole(AriaRole.Button, new() { Name = "Give the day this coordinator" })
        );
        await Assertions.Expect(programme.Locator("#coordinators")).ToContainTextAsync("Kim Osei");
        await centre.GoAndCheckAsync(AssessmentDaysLinks.CentreRunSheet());
        await Assertions.Expect(centre.Locator("main")).ToContainTextAsync("SW100001");
        await centre.GoAndCheckAsync(AssessmentDaysLinks.CentreRunSession(today));
        await centre.GetByLabel("The registration number they give").FillAsync("SW100002");
        await centre.ClickAndCheckAsync(centre.GetByRole(AriaRole.Button, new() { Name = "Check in" }));
        await Assertions
            .Expect(centre.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Confirm that you have checked their photo identity");
        await Assertions
            .Expect(centre.Locator(".govuk-error-summary"))
            .ToContainTextAsync("is not the one booked for this simulation");
        await centre.GetByLabel("I have checked their photo identity against their name").CheckAsync();
        await centre.GetByLabel("The registration number they give").FillAsync("SW100001");
        await centre.ClickAndCheckAsync(centre.GetByRole(AriaRole.Button, new() { Name = "Check in" }));
        await centre.ClickAndCheckAsync(
            centre.GetByRole(AriaRole.Button, new() { Name = "Start the 10 minutes' preparation" })
        );
        await Assertions.Expect(centre.Locator("#state")).ToContainTextAsync("Preparing until");

        await me.GoAndCheckAsync(AssessmentDaysLinks.MeBriefing(today));
        await Assertions.Expect(me.Locator("#briefing")).Not.ToBeEmptyAsync();
        await Assertions.Expect(me.Locator("#preparation")).ToContainTextAsync("Your preparation time ends at");
    }
}
