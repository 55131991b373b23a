using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.KnowledgeTest;

/// <summary>The database out of reach while a candidate answers with JavaScript on (issue 17, item 3): the page says
/// plainly that it could not save and is trying again, tries again by itself, and says the answer is saved once the
/// database is back, with the answer stored, and no page change or error page on the way.</summary>
public class AutosaveOutageJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_save_the_database_refused_is_tried_again_by_itself_and_lands_when_it_is_back()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.SocialWorkerEmail);
        await page.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Start the practice test", Exact = false })
        );
        var question = page.Url;
        var attempt = Guid.Parse(new Uri(page.Url).Segments[3].TrimEnd('/'));

        await using (await browser.App.RefuseConnectionsAsync())
        {
            await page.Locator("main form input[type=radio], main form input[type=checkbox]:not(#flag)")
                .First.CheckAsync();
            await Assertions
                .Expect(page.Locator("#save-status"))
                .ToHaveTextAsync("We could not save your answer just now. Trying again…");
            await page.AssertAccessibleAsync();
        }
        // Tried again by itself (after 2, 4, 8 seconds): saved, on the same page.
        await Assertions
            .Expect(page.Locator("#save-status"))
            .ToHaveTextAsync("Your answer has been saved", new() { Timeout = 20_000 });
        Assert.Equal(question, page.Url);
        await using var db = browser.App.Db();
        Assert.True(await db.KnowledgeAnswers.AnyAsync(a => a.AttemptId == attempt && a.Position == 1));
    }
}
