using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Observation;

/// <summary>The observer's sheet on a tablet-sized page with JavaScript (issue 15, item 4): each mark is kept on the
/// tablet and received by the service; with the browser taken offline mid-sheet the marks stay on the tablet, say so,
/// and reach the service when the connection returns. axe-core on the page.</summary>
public class ObservationSheetJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task Marks_made_offline_reach_the_service_when_the_connection_returns()
    {
        var id = await Naas.Web.Tests.Observed.SessionAsync(browser.App);
        var tablet = await browser.NewPageAsync(javaScript: true);
        await tablet.SetViewportSizeAsync(768, 1024);
        await tablet.SignInAsync(Naas.Web.Tests.Observed.ObserverEmail);
        await tablet.GoAndCheckAsync(ObservationLinks.MarkerSheet(id));
        var status = tablet.Locator("#sheet-status");

        await tablet.Locator("#Level1-2").CheckAsync();
        await tablet.Locator("#Evidence1").FillAsync("Explained the referral");
        await Assertions.Expect(status).ToContainTextAsync("Received by the service");

        await tablet.Context.SetOfflineAsync(true);
        await tablet.Locator("#Level2-1").CheckAsync();
        await tablet.Locator("#Evidence2").FillAsync("Listened, then steered back to attendance");
        await Assertions.Expect(status).ToContainTextAsync("It will be sent when the connection returns");
        await using (var db = browser.App.Db())
            Assert.DoesNotContain(
                (await db.ObservationSheets.SingleAsync(s => s.SessionId == id)).Ratings,
                r => r.Criterion == 2
            );
        await tablet.AssertAccessibleAsync();

        await tablet.Context.SetOfflineAsync(false);
        await Assertions.Expect(status).ToContainTextAsync("Received by the service", new() { Timeout = 20_000 });
        await using (var db = browser.App.Db())
        {
            var sheet = await db.ObservationSheets.SingleAsync(s => s.SessionId == id);
            Assert.Equal(
                [
                    (1, "Shown", "Explained the referral"),
                    (2, "PartlyShown", "Listened, then steered back to attendance"),
                ],
                sheet.Ratings.Select(r => (r.Criterion, r.Level, r.Evidence))
            );
            Assert.StartsWith("tablet ", sheet.UpdatedOn);
        }
    }
}
