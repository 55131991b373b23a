using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Written;

/// <summary>The written exercise in a real browser (issue 15, item 5): typed answers saved as the candidate pauses and
/// there again after a reload; finished without JavaScript and submitted; given by the programme to a blind marker,
/// who marks it by its code without JavaScript. axe-core on every page.</summary>
public class WrittenJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task Typed_answers_survive_a_reload_and_the_script_is_marked_blind()
    {
        var app = browser.App;
        var session = await Naas.Web.Tests.Observed.SessionAsync(app);
        await using (var db = app.Db())
        {
            var s = await db.SimulationSessions.IgnoreQueryFilters().SingleAsync(x => x.Id == session);
            s.SimulationStartedAt = app.Clock.GetUtcNow().AddHours(-1);
            db.Record(new ArrangedOutsideTheService("SimulationSession", s.Id, "Arranged", "Played"));
            await db.SaveChangesAsync();
        }
        var blind = await Naas.Web.Tests.UnderWay.MarkerAsync(app, "blind.marker@markers.example", "Sam Hale (marker)");

        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.SocialWorkerEmail);
        await page.GoAndCheckAsync(WrittenLinks.Me());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start your written exercise" }));
        await page.Locator("#t1").FillAsync("Visited Kerry and Jay at home. Jay was quiet.");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("saved", new() { Timeout = 10_000 });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#t1")).ToHaveValueAsync("Visited Kerry and Jay at home. Jay was quiet.");
        var sittingUrl = new Uri(page.Url).AbsolutePath;

        // Carried on without JavaScript: the same answers, saved by the page's own buttons.
        var noScript = await browser.NewPageAsync(javaScript: false);
        await noScript.SignInAsync(DemoData.SocialWorkerEmail);
        await noScript.GoAndCheckAsync(sittingUrl);
        await Assertions.Expect(noScript.Locator("#save-often")).ToBeVisibleAsync();
        await Assertions
            .Expect(noScript.Locator("#t1"))
            .ToHaveValueAsync("Visited Kerry and Jay at home. Jay was quiet.");
        await noScript.Locator("#t2").FillAsync("Hunger, missed school and the park, weighed together.");
        await noScript.ClickAndCheckAsync(
            noScript.GetByRole(AriaRole.Button, new() { Name = "Save and check your answers" })
        );
        await Assertions.Expect(noScript.Locator("#answers")).ToContainTextAsync("Not answered"); // task 3
        await noScript.ClickAndCheckAsync(
            noScript.GetByRole(AriaRole.Button, new() { Name = "Submit your written exercise" })
        );
        await Assertions.Expect(noScript.Locator("#submitted")).ToContainTextAsync("Written exercise submitted");

        string code;
        await using (var db = app.Db())
            code = (await db.WrittenSittings.OrderByDescending(s => s.StartedAt).FirstAsync()).Code;
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(WrittenLinks.Exercises());
        await Assertions.Expect(admin.Locator("#exercises")).ToContainTextAsync("The Clarke family");
        await admin.GoAndCheckAsync(WrittenLinks.Scripts());
        await admin
            .GetByLabel($"Marker for {code}")
            .SelectOptionAsync(new SelectOptionValue { Label = "Sam Hale (marker)" });
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = $"Give to marker for script {code}" })
        );
        await Assertions.Expect(admin.Locator("#scripts")).ToContainTextAsync("With its marker");

        var marker = await browser.NewPageAsync(javaScript: false);
        await marker.SignInAsync(blind.Email!);
        await marker.GoAndCheckAsync(WrittenLinks.Marking());
        await marker.ClickAndCheckAsync(marker.GetByRole(AriaRole.Link, new() { Name = code }));
        Assert.DoesNotContain("Amara", await marker.ContentAsync());
        await marker.GetByLabel("1. Records are accurate").FillAsync("4");
        await marker.GetByLabel("2. Analyses risk").FillAsync("9");
        await marker.GetByLabel("3. Decisions are").FillAsync("2");
        await marker.GetByLabel("4. Keeps the child").FillAsync("3");
        await marker
            .GetByLabel("Feedback for the candidate")
            .FillAsync("Clear notes. Task 3 was not answered: set out the next steps.");
        await marker.ClickAndCheckAsync(marker.GetByRole(AriaRole.Button, new() { Name = "Record the marks" }));
        await Assertions
            .Expect(marker.Locator(".govuk-error-summary"))
            .ToContainTextAsync("The mark for criterion 2 must be a whole number from 0 to 5");
        await marker.GetByLabel("2. Analyses risk").FillAsync("3");
        await marker.ClickAndCheckAsync(marker.GetByRole(AriaRole.Button, new() { Name = "Record the marks" }));
        await Assertions.Expect(marker.Locator("#marks")).ToContainTextAsync("12 of 20");
    }
}
