using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Recordings;

/// <summary>A recording uploaded from the centre in a real browser (issue 15, item 7): sent by the page's script in
/// parts, one of which is lost on the way, and resumed from where the service says it stands; the whole file arrives
/// with its checksum; the candidate then finds it on their own page. axe-core on each page, the upload page without
/// JavaScript too.</summary>
public class RecordingUploadJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_part_lost_on_the_way_is_sent_again_and_the_whole_recording_arrives()
    {
        var session = await Naas.Web.Tests.Observed.PlayedAsync(browser.App);
        var video = new byte[20 * 1024 * 1024 + 12_345];
        new Random(15).NextBytes(video);
        new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p' }.CopyTo(video, 0);

        var noScript = await browser.NewPageAsync(javaScript: false);
        await noScript.SignInAsync(DemoData.InvigilatorEmail);
        await noScript.GoAndCheckAsync(RecordingsLinks.Centre());
        await noScript.GoAndCheckAsync(RecordingsLinks.CentreSession(session));

        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.InvigilatorEmail);
        await page.GoAndCheckAsync(RecordingsLinks.CentreSession(session));
        var parts = 0;
        await page.RouteAsync(
            "**/centre/recordings/uploads/*",
            async route =>
            {
                // The second part is lost, as on a dropped connection: the script must ask where the upload stands
                // and send it again.
                if (route.Request.Method == "PATCH" && ++parts == 2)
                    await route.AbortAsync("connectionreset");
                else
                    await route.ContinueAsync();
            }
        );
        // From a file on disk, as a person would choose it: Chromium reads it itself, where a 20 MB buffer would be
        // sent through Playwright's pipe as base64 (which took longer than the action's timeout on a busy machine).
        var file = Path.Combine(Path.GetTempPath(), $"naas-upload-{Guid.NewGuid():N}", "Simulation 1.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, video);
        await page.Locator("#File").SetInputFilesAsync(file);
        await page.Locator("#upload").ClickAsync();
        await Assertions
            .Expect(page.Locator("#upload-progress"))
            .ToContainTextAsync("The connection was lost", new() { Timeout = 20_000 });
        await Assertions
            .Expect(page.Locator("#recording-state"))
            .ToContainTextAsync("Received in full", new() { Timeout = 60_000 });
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        var sha = Convert.ToHexStringLower(SHA256.HashData(video));
        await Assertions.Expect(page.Locator("#recording-state")).ToContainTextAsync(sha);
        Assert.True(parts >= 4, $"{parts} parts were sent for a file of three and a lost one");
        await using (var db = browser.App.Db())
        {
            var r = await db.SimulationRecordings.SingleAsync(x => x.SessionId == session);
            Assert.Equal((video.LongLength, sha), (r.Received, r.Sha256));
        }
        await page.AssertAccessibleAsync();

        var candidate = await browser.NewPageAsync(javaScript: false);
        await candidate.SignInAsync(DemoData.SocialWorkerEmail);
        await candidate.GoAndCheckAsync(RecordingsLinks.Me());
        Assert.Equal(1, await candidate.Locator("video").CountAsync());
    }
}
