using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.History;

/// <summary>History read from the typed audit (issue 14), in a real browser without JavaScript and with axe-core on
/// every page: a social worker opens their own history from their record; a programme administrator goes from the
/// audit to one person's timeline by registration number, a wrong number getting an error summary first.</summary>
public class HistoryJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_social_worker_and_a_programme_administrator_each_read_a_history_from_the_pages_that_lead_there()
    {
        var amara = await browser.NewPageAsync(javaScript: false);
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        await amara.GoAndCheckAsync(EligibilityLinks.Me());
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "Your history: what has happened on your record, and when" })
        );
        Assert.Equal("Your history", await amara.Locator("h1").InnerTextAsync());
        Assert.Contains(
            "Leeds City Council added you to the national workforce record (demo data).",
            await amara.Locator("#history").InnerTextAsync()
        );

        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(AdministrationLinks.AdminAudit());
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Link, new() { Name = "Find one social worker's history" })
        );
        await admin.GetByLabel("Social Work England registration number").FillAsync("SW999999");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Show their history" }));
        Assert.Contains(
            "No social worker on the record has the registration number SW999999",
            await admin.Locator(".govuk-error-summary").InnerTextAsync()
        );
        await admin.GetByLabel("Social Work England registration number").FillAsync("SW100001");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Show their history" }));
        Assert.Equal("Amara Okafor's history", await admin.Locator("h1").InnerTextAsync());
        Assert.Contains(
            "Amara Okafor (SW100001) added to the workforce record for the demo, with Leeds City Council",
            await admin.Locator("#timeline").InnerTextAsync()
        );
        Assert.Contains("DemoPersonAdded", await admin.Locator("#timeline").InnerTextAsync());
    }
}
