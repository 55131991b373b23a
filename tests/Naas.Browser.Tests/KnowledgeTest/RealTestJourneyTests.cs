using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Browser.Tests.KnowledgeTest;

/// <summary>The real knowledge test in a real browser: book, start in the window, close the page, resume, run out
/// of time; and the programme's and content team's pages for it. Its own application, because it moves the
/// clock.</summary>
public class RealTestJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_candidate_books_starts_closes_the_page_resumes_and_runs_out_of_time_without_javascript()
    {
        await using (var db = browser.App.Db())
        {
            var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
            var leeds = await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council");
            var e = new Endorsement
            {
                SocialWorkerId = amara.Id,
                OrganisationId = leeds.Id,
                Level = StatusLevel.Practitioner,
                State = EndorsementState.Agreed,
                Judgement = "Ready",
                Evidence = "Audits",
                EligibilityAtEndorsement = "Eligible",
                EndorsedAt = Naas.Web.Tests.NaasFactory.Now,
                EndorsedBy = "Jo Fletcher",
            };
            db.Endorsements.Add(e);
            db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Endorsed", "Arranged for the test"));
            await db.SaveChangesAsync();
        }
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.SocialWorkerEmail);
        await page.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Book your knowledge test" }));
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Book the test" }));
        Assert.Contains(
            "Select when and where you will take the test",
            await page.Locator(".govuk-error-summary").InnerTextAsync()
        );
        await page.GetByLabel("Remote, ", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Do you need any adjustments? (optional)").FillAsync("A quiet room, please");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Book the test" }));
        Assert.Contains(
            "Your knowledge test is booked",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        Assert.Contains("A quiet room, please", await page.Locator(".govuk-summary-list").InnerTextAsync());

        // The request is waiting for the programme's decision: starting now is the candidate's choice, made knowingly.
        Assert.Contains("Waiting for a decision", await page.Locator("#adjustment-decision").InnerTextAsync());
        Assert.Contains(
            "has not yet decided on the adjustments you asked for",
            await page.Locator("#adjustment-undecided").InnerTextAsync()
        );
        Assert.Equal(
            0,
            await page.GetByRole(AriaRole.Button, new() { Name = "Start your knowledge test" }).CountAsync()
        );
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Start now without the adjustments" })
        );
        Assert.Contains("Question 1 of 7", await page.Locator("main").InnerTextAsync());
        Assert.Contains("20 minutes 0 seconds", await page.Locator("#time-text").InnerTextAsync());
        await page.Locator("main form input[type=radio], main form input[type=checkbox]:not(#flag)").First.CheckAsync();
        await page.GetByLabel("Flag this question to come back to").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));

        // The connection drops; five minutes later the candidate signs in again and finds everything, with the clock
        // honest.
        await page.CloseAsync();
        browser.App.Clock.Advance(TimeSpan.FromMinutes(5));
        var back = await browser.NewPageAsync(javaScript: false);
        await back.SignInAsync(DemoData.SocialWorkerEmail);
        await back.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await back.ClickAndCheckAsync(back.GetByRole(AriaRole.Link, new() { Name = "Continue your test" }));
        Assert.True(await back.Locator("main form input:checked:not(#flag)").CountAsync() >= 1);
        Assert.True(await back.Locator("#flag").IsCheckedAsync());
        Assert.StartsWith("15 minutes", await back.Locator("#time-text").InnerTextAsync());

        // Time runs out while the candidate is on a question: the next save ends the test with what was saved.
        browser.App.Clock.Advance(TimeSpan.FromMinutes(16));
        await back.ClickAndCheckAsync(back.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));
        Assert.Equal("Your time ran out", await back.Locator("h1").InnerTextAsync());
        Assert.Contains("released with your other results", await back.Locator("main").InnerTextAsync());
        await using var after = browser.App.Db();
        var attempt = await after.KnowledgeAttempts.SingleAsync(a => a.BookingId != null);
        Assert.True(attempt.TimedOut);
        Assert.Equal("Remote", attempt.Location);
    }

    [Fact]
    public async Task The_programme_and_content_pages_for_the_real_test_are_accessible()
    {
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(KnowledgeTestLinks.AdminBlueprints());
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Link, new() { Name = "Knowledge test for child and family practitioners" })
        );
        Assert.Contains(
            "The live bank can make forms for this blueprint",
            await admin.Locator("#bank-check").InnerTextAsync()
        );
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the window" }));
        Assert.Contains("Enter date the window opens", await admin.Locator(".govuk-error-summary").InnerTextAsync());
        await admin.GoAndCheckAsync(KnowledgeTestLinks.AdminAdjustments());

        var author = await browser.NewPageAsync(javaScript: true);
        await author.SignInAsync(DemoData.AuthorEmail);
        await author.GoAndCheckAsync(ItemBankLinks.AuthorCases());
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Link, new() { Name = "C-00001" }));
        await author.GoAndCheckAsync(ItemBankLinks.AuthorCasesNew());
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Button, new() { Name = "Save the case" }));
        Assert.Contains("Enter a title for the case", await author.Locator(".govuk-error-summary").InnerTextAsync());
    }

    [Fact]
    public async Task The_public_check_and_the_results_pages_are_accessible()
    {
        var anyone = await browser.NewPageAsync(javaScript: false);
        await anyone.GoAndCheckAsync(PublicCheckLinks.Check());
        await anyone.GetByLabel("Social Work England registration number").FillAsync("SW100005");
        await anyone.ClickAndCheckAsync(anyone.GetByRole(AriaRole.Button, new() { Name = "Check" }).First);
        Assert.Contains(
            "Enter the social worker's surname",
            await anyone.Locator(".govuk-error-summary").InnerTextAsync()
        );
        Assert.Equal("SW100005", await anyone.GetByLabel("Social Work England registration number").InputValueAsync()); // kept
        await anyone.GetByLabel("Surname").FillAsync("Allen");
        await anyone.ClickAndCheckAsync(anyone.GetByRole(AriaRole.Button, new() { Name = "Check" }).First);
        Assert.Contains("Accredited practice leader", await anyone.Locator("#check-result").InnerTextAsync());

        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(ResultsLinks.Admin());
        var candidate = await browser.NewPageAsync(javaScript: false);
        await candidate.SignInAsync("tom.hughes@leeds.example");
        await candidate.GoAndCheckAsync(ResultsLinks.MeResults());
    }
}
