using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Tests;

namespace Naas.Browser.Tests.Reviews;

/// <summary>After results, in a real browser without JavaScript and with axe-core on every page: the social worker asks
/// for an independent review, the employer supports it, the programme assigns an uninvolved reviewer who decides, and
/// the social worker reads the decision; the programme's accreditation search and the social worker's re-accreditation
/// page.</summary>
public class ReviewJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_review_from_request_to_decision_para42_and_the_after_accreditation_pages()
    {
        var endorsement = await Assessed.MarkedAsync(
            browser.App,
            "SW100001",
            knowledge: 30,
            observation: 27,
            written: 30,
            reflective: 31
        );
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(ResultsLinks.AdminAssessment(endorsement));
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Release results" }));
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Confirm and release results" })
        );

        var amara = await browser.NewPageAsync(javaScript: false);
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        await amara.GoAndCheckAsync(ResultsLinks.MeResults());
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "ask for an independent review" })
        );
        await amara
            .GetByLabel("What happened", new() { Exact = true })
            .FillAsync("The actor left the room part-way through.");
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Send request" }));
        await Assertions
            .Expect(amara.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Select why you are asking for a review");
        await Assertions
            .Expect(amara.GetByLabel("What happened", new() { Exact = true }))
            .ToHaveValueAsync("The actor left the room part-way through.");
        await amara.GetByLabel("There were extenuating circumstances").CheckAsync();
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Send request" }));
        await Assertions.Expect(amara.Locator(".review-state")).ToHaveTextAsync("Waiting for your employer's view");

        var lead = await browser.NewPageAsync(javaScript: false);
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        await lead.GoAndCheckAsync(ReviewsLinks.Employer());
        await lead.ClickAndCheckAsync(lead.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        await lead.GetByLabel("Yes, we support a review").CheckAsync();
        await lead.GetByLabel("Your view", new() { Exact = true })
            .FillAsync("Her practice is strong; the session was disrupted.");
        await lead.ClickAndCheckAsync(lead.GetByRole(AriaRole.Button, new() { Name = "Send your view" }));

        await admin.GoAndCheckAsync(ReviewsLinks.Admin());
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        await admin.GetByLabel("Grace Mensah (independent reviewer)").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Assign reviewer" }));

        var reviewer = await browser.NewPageAsync(javaScript: false);
        await reviewer.SignInAsync("independent.reviewer@naas.example");
        await reviewer.GoAndCheckAsync(ReviewsLinks.Reviewer());
        await reviewer.ClickAndCheckAsync(reviewer.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        await Assertions
            .Expect(reviewer.Locator("#statement"))
            .ToHaveTextAsync("The actor left the room part-way through.");
        await reviewer.GetByLabel("A fresh attempt is granted").CheckAsync();
        await reviewer
            .GetByLabel("Your reasons", new() { Exact = true })
            .FillAsync("The recording confirms the disruption.");
        await reviewer.ClickAndCheckAsync(reviewer.GetByRole(AriaRole.Button, new() { Name = "Record decision" }));
        await Assertions
            .Expect(reviewer.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Select which elements are taken again");
        await reviewer.Locator("input[name=FreshElements][value=SimulatedObservation]").CheckAsync();
        await reviewer.ClickAndCheckAsync(reviewer.GetByRole(AriaRole.Button, new() { Name = "Record decision" }));

        await amara.GoAndCheckAsync(ReviewsLinks.Me());
        await Assertions.Expect(amara.Locator(".review-decision")).ToHaveTextAsync("A fresh attempt is granted");
        await Assertions
            .Expect(amara.Locator(".review-reasons"))
            .ToHaveTextAsync("The recording confirms the disruption.");
        await amara.GoAndCheckAsync(EligibilityLinks.Me());
        await Assertions.Expect(amara.Locator("#next-step")).ToContainTextAsync("fresh attempt");
        await amara.GoAndCheckAsync(ReaccreditationsLinks.MeReaccreditation());

        await admin.GoAndCheckAsync(AccreditationsLinks.Admin() + "?Q=SW100005");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Link, new() { Name = "Ruth Allen" }));
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Confirm" }));
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Select what to do");
        await lead.GoAndCheckAsync(ReaccreditationsLinks.Employer());
    }
}
