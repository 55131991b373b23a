using Microsoft.Playwright;
using Naas.Data.Seed;

namespace Naas.Browser.Tests;

/// <summary>Employer lead → endorse → social worker agrees, in a real browser, with axe-core on every page.</summary>
public class EndorsementJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Employer_lead_endorses_and_the_social_worker_agrees_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.EndsWith("/employer/workforce", page.Url);
        Assert.Equal("Your workforce", await page.Locator("h1").InnerTextAsync());

        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        Assert.Contains("eligible since", await page.Locator("#eligibility-reason").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Endorse Amara" }));

        await page.GetByLabel("Child and family practitioner").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.True(page.Url.EndsWith("/endorse/judgement"), $"{page.Url}: {await page.Locator("h1").InnerTextAsync()}");

        // Submitting nothing shows the error summary, which links to the field; then fill it in.
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.Contains("There is a problem", await page.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.StartsWith("Error:", await page.TitleAsync());
        await page.GetByLabel("How does their practice meet the standard?").FillAsync("Consistently strong direct work with families; sound analysis.");
        await page.GetByLabel("What evidence did you rely on?").FillAsync("Supervision records and two case file audits.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        Assert.Equal("Check your answers before endorsing", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("two case file audits", await page.Locator(".govuk-summary-list").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Endorse" }));
        Assert.Contains("has been endorsed", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Equal("Waiting for the social worker to agree", await page.Locator(".endorsement-state").First.InnerTextAsync());
        await page.SignOutAsync();

        await page.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.EndsWith("/me", page.Url);
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Tell us if you agree to be put forward" }));
        await page.GetByLabel("Yes, put me forward").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }));
        Assert.Contains("You have agreed to be put forward", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Equal("Agreed", await page.Locator("td.endorsement-state").First.InnerTextAsync());
        Assert.Contains("You have agreed to be put forward", await page.Locator("#next-step").InnerTextAsync());
    }

    [Fact]
    public async Task Endorsing_a_new_supervisor_early_needs_an_exception_and_can_be_withdrawn_with_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.LeedsLeadEmail);
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Priya Shah" }));
        Assert.Contains("New practice supervisors need 12 months", await page.Locator("#eligibility-reason").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Endorse Priya" }));
        await page.GetByLabel("Practice supervisor").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        Assert.Contains("not eligible yet", await page.Locator("#not-eligible").InnerTextAsync());
        await page.GetByLabel("How does their practice meet the standard?").FillAsync("Leads the duty team well.");
        await page.GetByLabel("What evidence did you rely on?").FillAsync("Observed supervision sessions.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.Contains("Enter why you are endorsing them before they are eligible", await page.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.Equal("Leads the duty team well.", await page.GetByLabel("How does their practice meet the standard?").InputValueAsync());
        await page.GetByLabel("Why are you endorsing them now, as an exception?").FillAsync("Covering a vacant team manager post; ready early.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Endorse" }));

        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Withdraw this endorsement" }));
        await page.GetByLabel("Why are you withdrawing the endorsement?").FillAsync("Moved to a different team.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw endorsement" }));
        Assert.Equal("Withdrawn", await page.Locator(".endorsement-state").First.InnerTextAsync());
    }

    [Fact]
    public async Task The_administrator_pages_are_accessible()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.AdminEmail);
        foreach (var url in new[] { "/admin/organisations", "/admin/standards", "/admin/settings", "/admin/invitations", "/admin/audit", "/account/authenticator" })
            await page.GoAndCheckAsync(url);
        await page.GoAndCheckAsync("/admin/organisations?q=tri");
        Assert.Contains("Westminster City Council", await page.Locator("table").InnerTextAsync());
    }
}
