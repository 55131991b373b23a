using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Fairness;

/// <summary>A social worker gives equality information without JavaScript, and an analyst reads pass rates by group,
/// chart and table, and runs the question fairness screen (issue 16). axe-core on each page.</summary>
public class FairnessJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
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
        await analyst.GoAndCheckAsync(FairnessLinks.Dif());
        await analyst.ClickAndCheckAsync(
            analyst.GetByRole(AriaRole.Button, new() { Name = "Run the screen and suspend C questions" })
        );
        await Assertions.Expect(analyst.Locator(".govuk-notification-banner")).ToContainTextAsync("Screened");
    }
}
