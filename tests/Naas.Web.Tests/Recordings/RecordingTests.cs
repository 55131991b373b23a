using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Features.Recordings;

namespace Naas.Web.Tests.Recordings;

/// <summary>Recordings (issue 15, item 7; ¶36): uploaded from the centre in parts that resume where they stopped,
/// checked by SHA-256; played back with range requests only to the programme, the simulation's observers, an assigned
/// reviewer and the candidate, each viewing recorded; deleted, with the deletion recorded, after the retention
/// period.</summary>
public partial class RecordingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    /// <summary>An MP4's first bytes (a size, then "ftyp"), then a pattern, so that ranges can be checked.</summary>
    private static byte[] Video(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
            bytes[i] = (byte)(i * 7 % 251);
        new byte[] { 0, 0, 0, 0x18 }.CopyTo(bytes, 0);
        "ftypisom"u8.CopyTo(bytes.AsSpan(4));
        return bytes;
    }

    private Task<Guid> PlayedAsync(TimeSpan? ago = null) => Observed.PlayedAsync(app, ago);

    private static async Task<HttpResponseMessage> PartAsync(
        HttpClient centre,
        string token,
        string upload,
        long offset,
        ReadOnlyMemory<byte> part
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, upload)
        {
            Content = new ByteArrayContent(part.ToArray()),
        };
        request.Headers.Add("Upload-Offset", offset.ToString());
        request.Headers.Add("RequestVerificationToken", token);
        return await centre.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private async Task<(HttpClient Centre, string Token)> CentreAsync(Guid session)
    {
        var centre = app.Browser();
        await centre.SignInAsync(DemoData.InvigilatorEmail);
        return (centre, await centre.TokenAsync(RecordingsLinks.CentreSession(session)));
    }

    private static async Task<HttpResponseMessage> StartAsync(
        HttpClient centre,
        string token,
        Guid session,
        string name,
        long bytes,
        string sha = ""
    ) =>
        await centre.PostAsync(
            RecordingsLinks.CentreStart(session),
            new FormUrlEncodedContent(
                Http.F(
                    ("FileName", name),
                    ("Bytes", bytes.ToString()),
                    ("Sha256", sha),
                    ("__RequestVerificationToken", token)
                )
            )
        );

    [Fact]
    public async Task A_recording_arrives_in_parts_resumes_where_it_stood_and_is_checked_by_its_checksum()
    {
        var video = Video(300_000);
        var sha = Convert.ToHexStringLower(SHA256.HashData(video));
        var future = await Observed.SessionAsync(app);
        var (centre, token) = await CentreAsync(future);
        var early = await JsonAsync(await StartAsync(centre, token, future, "sim.mp4", video.Length));
        Assert.Contains("has not started yet", early.GetProperty("title").GetString());

        var session = await PlayedAsync();
        var refused = await StartAsync(centre, token, session, "sim.exe", video.Length);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The recording must be one of: .mp4", await refused.Content.ReadAsStringAsync());

        var started = await StartAsync(
            centre,
            token,
            session,
            "Simulation 1.mp4",
            video.Length,
            sha.ToUpperInvariant()
        );
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var upload = (await JsonAsync(started)).GetProperty("upload").GetString()!;

        var first = await PartAsync(centre, token, upload, 0, video.AsMemory(0, 100_000));
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        Assert.Equal(100_000, (await JsonAsync(first)).GetProperty("received").GetInt64());
        // The same part again (its answer was lost): refused with where the upload stands, nothing written twice.
        var again = await PartAsync(centre, token, upload, 0, video.AsMemory(0, 100_000));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(100_000, (await JsonAsync(again)).GetProperty("received").GetInt64());
        // A new page (or a reload) starting the same file resumes it.
        var resumed = await JsonAsync(await StartAsync(centre, token, session, "Simulation 1.mp4", video.Length, sha));
        Assert.Equal(
            (upload, 100_000),
            (resumed.GetProperty("upload").GetString(), resumed.GetProperty("received").GetInt64())
        );
        Assert.Equal(100_000, (await JsonAsync(await centre.GetAsync(upload))).GetProperty("received").GetInt64());
        // Without the antiforgery token, nothing is written.
        var forged = new HttpRequestMessage(HttpMethod.Patch, upload)
        {
            Content = new ByteArrayContent(video[100_000..]),
        };
        forged.Headers.Add("Upload-Offset", "100000");
        Assert.Equal(HttpStatusCode.BadRequest, (await centre.SendAsync(forged)).StatusCode);

        var last = await PartAsync(centre, token, upload, 100_000, video.AsMemory(100_000));
        var done = await JsonAsync(last);
        Assert.Equal((true, sha), (done.GetProperty("complete").GetBoolean(), done.GetProperty("sha256").GetString()));
        await using (var db = app.Db())
        {
            var r = await db.SimulationRecordings.SingleAsync(x => x.SessionId == session);
            Assert.Equal(("Simulation 1.mp4", 300_000L, sha), (r.FileName, r.Received, r.Sha256));
            Assert.Equal(
                ["RecordingUploadStarted", "RecordingUploaded"],
                await db
                    .AuditEvents.Where(a => a.SubjectId == r.Id)
                    .OrderBy(a => a.OccurredAt)
                    .Select(a => a.EventType)
                    .ToListAsync()
            );
        }
        Assert.Contains(
            "This simulation already has its recording",
            await (await StartAsync(centre, token, session, "again.mp4", 10)).Content.ReadAsStringAsync()
        );
        Assert.Contains(sha, await centre.GetStringAsync(RecordingsLinks.CentreSession(session)));
    }

    [Fact]
    public async Task A_file_that_is_not_its_format_or_not_the_centres_copy_is_refused()
    {
        var session = await PlayedAsync();
        var (centre, token) = await CentreAsync(session);
        var pdf = "%PDF-1.7 not a video at all"u8.ToArray();
        var upload = (await JsonAsync(await StartAsync(centre, token, session, "sim.mp4", pdf.Length)))
            .GetProperty("upload")
            .GetString()!;
        var wrong = await PartAsync(centre, token, upload, 0, pdf);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("is not a real MP4 video", await wrong.Content.ReadAsStringAsync());

        var video = Video(5_000);
        var other = new string('a', 64);
        upload = (await JsonAsync(await StartAsync(centre, token, session, "sim2.mp4", video.Length, other)))
            .GetProperty("upload")
            .GetString()!;
        var mismatch = await PartAsync(centre, token, upload, 0, video);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains($"not {other} as the centre's copy", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(0, (await JsonAsync(await centre.GetAsync(upload))).GetProperty("received").GetInt64());
    }

    [GeneratedRegex("action=\"([^\"]+/file\\?token=[^\"]+)\"")]
    private static partial Regex WholeForm();

    [Fact]
    public async Task Without_javascript_the_whole_file_is_streamed_in_one_post_and_problems_come_back_to_the_page()
    {
        var session = await PlayedAsync();
        var centre = app.Browser();
        await centre.SignInAsync(DemoData.InvigilatorEmail);
        var page = RecordingsLinks.CentreSession(session);
        var action = WebUtility.HtmlDecode(WholeForm().Match(await centre.GetStringAsync(page)).Groups[1].Value);
        MultipartFormDataContent Form(byte[] file, string name)
        {
            var form = new MultipartFormDataContent { { new StringContent(""), "Sha256" } };
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("video/webm");
            form.Add(content, "File", name);
            return form;
        }
        var bad = await centre.PostAsync(action, Form("not a webm"u8.ToArray(), "sim.webm"));
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var shown = WebUtility.HtmlDecode(await centre.GetStringAsync(page));
        Assert.Contains("govuk-error-summary", shown);
        Assert.Contains("The recording is not a real WebM video", shown);

        var webm = new byte[70_000];
        new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }.CopyTo(webm, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await centre.PostAsync(action, Form(webm, "sim.webm"))).StatusCode);
        await using var db = app.Db();
        var r = await db.SimulationRecordings.SingleAsync(x => x.SessionId == session && x.CompletedAt != null);
        Assert.Equal((70_000L, Convert.ToHexStringLower(SHA256.HashData(webm))), (r.Bytes, r.Sha256));
        // A post without the page's token writes nothing.
        var forged = await centre.PostAsync(action.Split('?')[0], Form(webm, "sim.webm"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private async Task<(Guid Session, Guid Recording, byte[] Video)> UploadedAsync(TimeSpan? ago = null)
    {
        var session = await PlayedAsync(ago);
        var (centre, token) = await CentreAsync(session);
        var video = Video(50_000);
        var upload = (await JsonAsync(await StartAsync(centre, token, session, "sim.mp4", video.Length)))
            .GetProperty("upload")
            .GetString()!;
        Assert.True((await PartAsync(centre, token, upload, 0, video)).IsSuccessStatusCode);
        await using var db = app.Db();
        return (session, (await db.SimulationRecordings.SingleAsync(r => r.SessionId == session)).Id, video);
    }

    [Fact]
    public async Task Only_those_allowed_watch_a_recording_in_ranges_and_each_viewing_is_recorded_once()
    {
        var (_, id, video) = await UploadedAsync();
        var url = RecordingsLinks.Watch(id);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(1_000, 1_099);
        var part = await admin.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(video[1_000..1_100], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(video, await admin.GetByteArrayAsync(url));

        var observer = app.Browser();
        await observer.SignInAsync(Observed.ObserverEmail);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync(url)).StatusCode);
        var candidate = app.Browser();
        await candidate.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync(url)).StatusCode);
        Assert.Contains(url, await candidate.GetStringAsync(RecordingsLinks.Me()));

        foreach (var email in new[] { DemoData.LeedsLeadEmail, DemoData.ReviewerEmail, DemoData.InvigilatorEmail })
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        }
        var anonymous = app.Browser();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);

        await using var db = app.Db();
        var viewings = await db
            .AuditEvents.Where(a => a.SubjectId == id && a.EventType == "RecordingViewed")
            .Select(a => a.Summary)
            .ToListAsync();
        Assert.Equal(
            [
                "Recording watched by the programme",
                "Recording watched by an observer of the simulation",
                "Recording watched by the candidate",
            ],
            viewings.OrderBy(v =>
                v.Contains("programme") ? 0
                : v.Contains("observer") ? 1
                : 2
            )
        );
    }

    [Fact]
    public async Task A_recording_past_its_retention_period_is_deleted_and_the_deletion_recorded()
    {
        var (_, kept, _) = await UploadedAsync();
        var (_, old, _) = await UploadedAsync(TimeSpan.FromDays(400));
        using (var scope = app.Services.CreateScope())
            Assert.Equal(
                1,
                await scope.ServiceProvider.GetRequiredService<RecordingRetention>().DeleteExpiredAsync(default)
            );
        await using (var db = app.Db())
        {
            var gone = await db.SimulationRecordings.SingleAsync(r => r.Id == old);
            Assert.NotNull(gone.DeletedAt);
            Assert.Equal(
                "Recording deleted: the retention period of 12 months after the simulation had passed",
                (await db.AuditEvents.SingleAsync(a => a.SubjectId == old && a.EventType == "RecordingDeleted")).Summary
            );
            Assert.Null((await db.SimulationRecordings.SingleAsync(r => r.Id == kept)).DeletedAt);
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(RecordingsLinks.Watch(old))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(RecordingsLinks.Watch(kept))).StatusCode);
    }
}
