using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Fairness;

/// <summary>A social worker gives equality information without JavaScript, and an analyst reads pass rates by group,
/// chart and table, and asks for the knowledge test's and the raters' analyses, which the background work runs
/// (issue 16). axe-core on each page.</summary>
public class FairnessJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task Equality_information_is_given_by_choice_and_the_analyst_reads_only_groups()
    {
        var me = await browser.NewPageAsync(javaScript: false);
        await me.SignInAsync(DemoData.SocialWorkerEmail);
        await me.GoAndCheckAsync(FairnessLinks.MeEquality());
        await me.GetByLabel("50 to 59").CheckAsync();
        await me.GetByRole(AriaRole.Radio, new() { Name = "Caribbean", Exact = true }).CheckAsync();
        await me.ClickAndCheckAsync(me.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await Assertions.Expect(me.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved");
        await Assertions.Expect(me.GetByLabel("50 to 59")).ToBeCheckedAsync();

        var analyst = await browser.NewPageAsync(javaScript: false);
        await analyst.SignInAsync(DemoData.AnalystEmail);
        await analyst.GoAndCheckAsync(FairnessLinks.PassRates());
        await analyst.GetByLabel("Ethnic group").CheckAsync();
        await analyst.ClickAndCheckAsync(analyst.GetByRole(AriaRole.Button, new() { Name = "Show" }));
        await Assertions.Expect(analyst.Locator("h1")).ToHaveTextAsync("Pass rates by ethnic group");
        await Assertions.Expect(analyst.Locator("main")).Not.ToContainTextAsync("Amara");

        // A window of the real test that has closed: the analysis waits for the background work, and the page says
        // so rather than computing while the analyst waits.
        Guid window;
        await using (var db = browser.App.Db())
        {
            var blueprint = await db.KnowledgeBlueprints.FirstAsync(b => !b.IsPractice);
            var w = new TestWindow
            {
                BlueprintId = blueprint.Id,
                Opens = browser.App.Clock.GetUtcNow().AddDays(-40),
                Closes = browser.App.Clock.GetUtcNow().AddDays(-33),
            };
            db.TestWindows.Add(w);
            db.Record(new ArrangedOutsideTheService("TestWindow", w.Id, "Arranged", "A closed window"));
            await db.SaveChangesAsync();
            window = w.Id;
        }
        await analyst.GoAndCheckAsync(FairnessLinks.KnowledgeTestWindow(window));
        await analyst.ClickAndCheckAsync(
            analyst.GetByRole(AriaRole.Button, new() { Name = "Run this window's analysis again" })
        );
        await Assertions.Expect(analyst.Locator(".govuk-notification-banner")).ToContainTextAsync("Asked for");
        await Assertions.Expect(analyst.Locator("#run")).ToContainTextAsync("Waiting to run");
        Assert.True(await browser.App.RunAnalysesAsync() >= 1);
        await analyst.GoAndCheckAsync(FairnessLinks.KnowledgeTestWindow(window));
        await Assertions.Expect(analyst.Locator("#forms")).ToContainTextAsync("Sittings");

        await analyst.GoAndCheckAsync(FairnessLinks.Raters());
        await analyst.ClickAndCheckAsync(analyst.GetByRole(AriaRole.Button, new() { Name = "Run the analysis now" }));
        await Assertions.Expect(analyst.Locator(".govuk-notification-banner")).ToContainTextAsync("Asked for");
        Assert.True(await browser.App.RunAnalysesAsync() >= 1);
        await analyst.GoAndCheckAsync(FairnessLinks.Raters());
        await Assertions.Expect(analyst.Locator("#run")).ToContainTextAsync("asked for by Sam Reed");
    }
}
