using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>A scenario video in the real flow, as its author and its candidate meet it, on both databases (issue 13):
/// the candidate can play it and load its captions (SQLite once refused them, comparing upper-case Guids with a
/// lower-case form), a video needs captions and an audio description (WCAG 1.2.2, 1.2.5), and a save that fails on
/// something else keeps the files already chosen.</summary>
public abstract partial class CaseMediaTestsBase(NaasFactory app)
{
    // The first bytes of an MP4 ("ftyp" at offset 4) and a WebVTT file: enough for the service's own checks.
    private static readonly byte[] Mp4 =
    [
        0,
        0,
        0,
        0x18,
        (byte)'f',
        (byte)'t',
        (byte)'y',
        (byte)'p',
        (byte)'m',
        (byte)'p',
        (byte)'4',
        (byte)'2',
        0,
        0,
        0,
        0,
    ];
    private static readonly byte[] Vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nThe door opens.\n"u8.ToArray();

    private static void File(MultipartFormDataContent form, string field, byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, name);
    }

    [GeneratedRegex("name=\"Draft.PendingMedia\" value=\"([^\"]+)\"")]
    private static partial Regex PendingMedia();

    [Fact]
    public async Task A_video_needs_captions_and_a_description_keeps_its_file_when_a_save_fails_and_plays_for_its_candidate()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var token = await author.TokenAsync(ItemBankLinks.AuthorCasesNew());
        var first = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Doorstep"), "Draft.Title" },
            { new StringContent("You knock at the door of a family you have not met."), "Draft.Text" },
            { new StringContent("A woman opens the door and says: who are you?"), "Draft.Transcript" },
        };
        File(first, "Media", Mp4, "doorstep.mp4");
        var refused = WebUtility.HtmlDecode(
            await (await author.PostAsync(ItemBankLinks.AuthorCasesNew(), first)).Content.ReadAsStringAsync()
        );
        Assert.Contains("href=\"#Captions\">Upload captions for the video (a WebVTT file)", refused);
        Assert.Contains("href=\"#Descriptions\">Upload an audio description of the video", refused);
        // The video is kept: the author fixes the captions without choosing it again.
        Assert.Contains("Your media file doorstep.mp4 is kept", refused);
        var kept = PendingMedia().Match(refused).Groups[1].Value;
        Assert.StartsWith("pending/", kept);

        var second = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Doorstep"), "Draft.Title" },
            { new StringContent("You knock at the door of a family you have not met."), "Draft.Text" },
            { new StringContent("A woman opens the door and says: who are you?"), "Draft.Transcript" },
            { new StringContent(kept), "Draft.PendingMedia" },
            { new StringContent("doorstep.mp4"), "Draft.PendingMediaName" },
            { new StringContent("true"), "Draft.SoundtrackDescribesAll" },
        };
        File(second, "Captions", Vtt, "doorstep.vtt");
        var created = await author.PostAsync(ItemBankLinks.AuthorCasesNew(), second);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var caseId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[3]);
        await using (var db = app.Db())
        {
            var c = await db.KnowledgeCases.SingleAsync(x => x.Id == caseId);
            Assert.Equal(
                ("video/mp4", true, true),
                (c.MediaContentType, c.CaptionsKey is not null, c.SoundtrackDescribesAll)
            );
            // Another author's kept file is not theirs to use: the key must be under the author's own folder.
            Assert.Contains((await db.Users.SingleAsync(u => u.Email == DemoData.AuthorEmail)).Id.ToString("N"), kept);
            // Put the case on every practice question, so Amara's practice form carries it.
            var versions = await db
                .KnowledgeItemVersions.Where(v => v.Item!.Pool == Naas.Domain.KnowledgeTest.ItemPool.Practice)
                .ToListAsync();
            foreach (var v in versions)
                v.CaseId = caseId;
            db.Record(
                new ArrangedOutsideTheService(
                    "KnowledgeItem",
                    versions[0].Id,
                    "Edited",
                    "Arranged for the test: on the doorstep case"
                )
            );
            await db.SaveChangesAsync();
        }

        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await amara.GetAsync(ItemBankLinks.CaseCaptions(caseId))).StatusCode);
        Guid blueprint;
        await using (var db = app.Db())
            blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await amara.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
            [],
            KnowledgeTestLinks.Me()
        );
        var attempt = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
        var page = await amara.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1));
        Assert.Contains($"<track kind=\"captions\" src=\"/media/cases/{caseId}/captions\"", page);
        Assert.Contains("aria-label=\"Video for this case\"", page);
        var video = await amara.GetAsync(ItemBankLinks.CaseMedia(caseId));
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal(Mp4, await video.Content.ReadAsByteArrayAsync());
        var captions = await amara.GetAsync(ItemBankLinks.CaseCaptions(caseId));
        Assert.Equal(HttpStatusCode.OK, captions.StatusCode);
        Assert.Equal("text/vtt", captions.Content.Headers.ContentType!.MediaType);
    }
}

public class CaseMediaTests(NaasFactory app) : CaseMediaTestsBase(app), IClassFixture<NaasFactory>;

public class SqliteCaseMediaTests(SqliteNaasFactory app) : CaseMediaTestsBase(app), IClassFixture<SqliteNaasFactory>;
