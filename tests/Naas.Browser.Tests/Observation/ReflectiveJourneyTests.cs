using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Observation;

/// <summary>The lead observer scores the reflective conversation after the candidate's last simulation (issue 15,
/// item 6), from the simulation's sheet, without JavaScript; axe-core on each page.</summary>
public class ReflectiveJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task The_lead_observer_finds_and_scores_the_reflective_conversation_from_the_last_sheet()
    {
        var app = browser.App;
        var first = await Naas.Web.Tests.Observed.SessionAsync(app);
        var last = await Naas.Web.Tests.Observed.AnotherSimulationAsync(app, first);
        await using (var db = app.Db())
        {
            var s = await db.SimulationSessions.IgnoreQueryFilters().SingleAsync(x => x.Id == last);
            s.SimulationStartedAt = app.Clock.GetUtcNow();
            db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "Played"));
            await db.SaveChangesAsync();
        }
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(Naas.Web.Tests.Observed.ObserverEmail);
        await page.GoAndCheckAsync(ObservationLinks.MarkerSheet(last));
        await page.ClickAndCheckAsync(page.Locator("#reflective"));
        await Assertions.Expect(page.Locator("#prompts")).ToContainTextAsync("What were your hypotheses");
        await page.GetByLabel("1. Forms and tests hypotheses").FillAsync("4");
        await page.GetByLabel("2. Reflects on own practice").FillAsync("4");
        await page.GetByLabel("3. Plans next steps").FillAsync("3");
        await page.GetByLabel("Notes for the candidate")
            .FillAsync("Weighed two explanations and named what she would change.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the score" }));
        await Assertions.Expect(page.Locator("#scored")).ToContainTextAsync("11 of 15");

        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(Naas.Data.Seed.DemoData.AdminEmail);
        await admin.GoAndCheckAsync(ObservationLinks.AdminModeration());
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Link, new() { Name = "reflective conversation guide" })
        );
        await Assertions
            .Expect(admin.Locator("#guides"))
            .ToContainTextAsync("Reflective conversation after the simulations");
    }
}
