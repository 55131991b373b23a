using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Infrastructure;

/// <summary>Issue 13 in a real browser: every role's walk starts at sign-in and lands on its own work, pages reflow
/// at 320 px, and the test's clock warns and ends properly when its ticks come late.</summary>
public class FirstHourBrowserTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    public static TheoryData<string, string, string> Roles =>
        new()
        {
            { DemoData.AdminEmail, AdministrationLinks.Admin(), "Overview" },
            { DemoData.LeedsLeadEmail, WorkforceLinks.EmployerWorkforce(), "Workforce" },
            { DemoData.SocialWorkerEmail, EligibilityLinks.Me(), "Your record" },
            { DemoData.AuthorEmail, ItemBankLinks.AuthorItems(), "Item bank" },
            { DemoData.InvigilatorEmail, KnowledgeTestLinks.Invigilator(), "Invigilation" },
            { "panellist1@naas.example", StandardSettingLinks.Panel(), "Standard setting" },
            { "independent.reviewer@naas.example", ReviewsLinks.Reviewer(), "Reviews" },
            { "observer@naas.example", MarkingLinks.Marker(), "Marking" },
        };

    [Theory, MemberData(nameof(Roles))]
    public async Task Each_role_signs_in_and_lands_on_its_own_work_which_reflows_at_320_pixels(
        string email,
        string home,
        string menuItem
    )
    {
        if (email == DemoData.SocialWorkerEmail)
        {
            // /me was 402 px wide at 320 px once an endorsement table was on it: give Amara one.
            await using var db = browser.App.Db();
            var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
            if (!await db.Endorsements.AnyAsync(e => e.SocialWorkerId == amara.Id))
            {
                var leeds = await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council");
                var e = new Naas.Data.Entities.Endorsement
                {
                    SocialWorkerId = amara.Id,
                    OrganisationId = leeds.Id,
                    Level = Naas.Domain.Workforce.StatusLevel.Practitioner,
                    State = Naas.Domain.Endorsements.EndorsementState.AwaitingAgreement,
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
        }
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(email); // checks the sign-in page and the landing page with axe-core
        Assert.EndsWith(home, page.Url);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).CountAsync());
        var current = page.Locator("#navigation a[aria-current=page]");
        Assert.Equal(menuItem, (await current.InnerTextAsync()).Trim());
        // The menu sits on one row at desktop width (1280 px): every item's top is the first item's.
        await page.SetViewportSizeAsync(1280, 800);
        var tops = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('#navigation > li')].map(li => li.getBoundingClientRect().top)"
        );
        Assert.True(tops.Distinct().Count() == 1, $"The menu wraps onto {tops.Distinct().Count()} rows");
        // Reflow (WCAG 1.4.10): at 320 px nothing scrolls sideways but a table inside its own box.
        await page.SetViewportSizeAsync(320, 640);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"{page.Url} is {width} px wide at 320 px");
    }

    [Fact]
    public async Task A_family_finds_the_public_check_from_the_home_page()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GoAndCheckAsync(HomeLinks.Home());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Check an accreditation" }).First);
        Assert.EndsWith(PublicCheckLinks.Check(), page.Url);
        await page.GoAndCheckAsync(InfoLinks.Accessibility());
        await page.GoAndCheckAsync(InfoLinks.Privacy());
        await page.GoAndCheckAsync(InfoLinks.Cookies());
        await page.GoAndCheckAsync(InfoLinks.Contact());
        await page.GoAndCheckAsync(InfoLinks.Feedback() + "?from=%2Fcheck");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }));
        Assert.Contains("Enter your feedback", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.GoAndCheckAsync(AccountLinks.SignIn());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }));
        await page.GetByLabel("Email address").FillAsync("someone@example.org");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }));
        Assert.Equal("Check your email", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_clock_warns_on_check_your_answers_even_when_a_tick_comes_late_and_time_out_moves_on_once()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.SocialWorkerEmail);
        await page.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Start the practice test", Exact = false })
        );
        var attemptId = Guid.Parse(new Uri(page.Url).Segments[3].TrimEnd('/'));
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Save and check your answers" }).Last
        );
        int allowed;
        await using (var db = browser.App.Db())
            allowed = (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attemptId)).AllowedSeconds;

        // Five minutes and five seconds left on the server's clock; the browser's clock is Playwright's to move.
        var elapsed = browser.App.Clock.GetUtcNow() - (await ReadStartAsync(attemptId));
        browser.App.Clock.Advance(TimeSpan.FromSeconds(allowed - 305) - elapsed);
        await page.Clock.InstallAsync();
        await page.ReloadAsync();
        Assert.Equal("Check your answers", await page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("5 minutes", await page.Locator("#time-text").InnerTextAsync());
        // A tick twenty seconds late (a laptop lid closed, a background tab) jumps from 5:05 to 4:45: the warning
        // still comes, once.
        await page.Clock.FastForwardAsync("00:20");
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("5 minutes left");
        await page.Clock.FastForwardAsync("04:00");
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("1 minute left");

        // Time runs out on this page: after a moment's grace it moves on once, to the result, with no loop of reloads.
        var navigations = 0;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
                navigations++;
        };
        browser.App.Clock.Advance(TimeSpan.FromSeconds(310));
        await page.Clock.FastForwardAsync("01:00");
        await page.Clock.FastForwardAsync("00:02");
        await page.WaitForURLAsync($"**/me/test/{attemptId}/result");
        await page.Clock.FastForwardAsync("00:10");
        await page.WaitForTimeoutAsync(500);
        Assert.True(navigations <= 2, $"The page navigated {navigations} times at time-out");
        Assert.Equal("Your time ran out", await page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("Your time ran out", await page.TitleAsync());
    }

    private async Task<DateTimeOffset> ReadStartAsync(Guid attemptId)
    {
        await using var db = browser.App.Db();
        return (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attemptId)).StartedAt;
    }
}
