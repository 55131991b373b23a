using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>Enemies, exposure, cases with media, and the rest-break limit (Stage 2, element 1; ¶36).</summary>
public class BankFeaturesTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    );

    [Fact]
    public async Task A_rest_break_ends_at_its_agreed_limit_and_the_clock_starts_again()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var ok = await admin.PostFormAsync(
            KnowledgeTestLinks.AdminAdjustments(),
            Http.F(
                ("RegistrationNumber", "SW100002"),
                ("ExtraTimePercent", "0"),
                ("RestBreaks", "true"),
                ("MaxBreakMinutes", "5")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var attempt = await PracticeForms.StartPracticeAsync(app, tom);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await tom.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 1),
            Http.F(("go", "break")),
            KnowledgeTestLinks.MeQuestion(attempt, 1)
        );
        Assert.Contains("can last up to 5 minutes", await tom.GetStringAsync(KnowledgeTestLinks.MeBreak(attempt)));
        app.Clock.Advance(TimeSpan.FromMinutes(8)); // 5 minutes of break, then 3 more on the clock
        var back = await tom.GetAsync(KnowledgeTestLinks.MeBreak(attempt));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains(
            "id=\"time-text\">9 minutes 0 seconds<",
            await tom.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1))
        );
        await using var db = app.Db();
        var events = await db
            .AuditEvents.Where(e => e.SubjectId == attempt)
            .OrderBy(e => e.OccurredAt)
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Contains("BreakEnded", events);
    }

    private static MultipartFormDataContent CaseForm(
        string token,
        string title,
        string text,
        string? transcript,
        byte[]? media,
        string mediaName = "scene.png"
    )
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Draft.Title" },
            { new StringContent(text), "Draft.Text" },
        };
        if (transcript is not null)
            form.Add(new StringContent(transcript), "Draft.Transcript");
        if (media is not null)
        {
            var file = new ByteArrayContent(media);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Media", mediaName);
        }
        return form;
    }

    [Fact]
    public async Task A_case_with_media_is_shown_with_its_description_only_to_authors_and_candidates_given_it()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var token = await author.TokenAsync(ItemBankLinks.AuthorCasesNew());
        var renamed = await author.PostAsync(
            ItemBankLinks.AuthorCasesNew(),
            CaseForm(token, "Home visit", "You arrive at the flat.", "A cluttered kitchen", "not an image"u8.ToArray())
        );
        Assert.Contains(
            "must be a PNG or JPEG image, an MP3 audio file, or an MP4 or WebM video",
            WebUtility.HtmlDecode(await renamed.Content.ReadAsStringAsync())
        );
        var undescribed = await author.PostAsync(
            ItemBankLinks.AuthorCasesNew(),
            CaseForm(token, "Home visit", "You arrive at the flat.", null, Png)
        );
        var undescribedHtml = WebUtility.HtmlDecode(await undescribed.Content.ReadAsStringAsync());
        Assert.Contains("Enter a description of the image for candidates who cannot see it", undescribedHtml);
        Assert.Contains("You arrive at the flat.", undescribedHtml); // what was typed is kept
        var created = await author.PostAsync(
            ItemBankLinks.AuthorCasesNew(),
            CaseForm(
                token,
                "Home visit",
                "You arrive at the flat.",
                "A kitchen with unwashed dishes and an empty fridge",
                Png
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var caseId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[3]);
        var media = await author.GetAsync(ItemBankLinks.CaseMedia(caseId));
        Assert.Equal(Png, await media.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", media.Content.Headers.ContentType!.MediaType);

        // A candidate without the case on any form of theirs cannot fetch it; nor can anyone signed out.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await amara.GetAsync(ItemBankLinks.CaseMedia(caseId))).StatusCode);
        Http.AssertRefused(await app.Browser().GetAsync(ItemBankLinks.CaseMedia(caseId)));

        // Put it on one of the practice test's questions (through a new version), then Amara's form shows it.
        await using (var db = app.Db())
        {
            var reference = await db.KnowledgeCases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync();
            var versions = await db
                .KnowledgeItemVersions.Where(v => v.Item!.Reference == "K-00001" || v.Item.Reference == "K-00002")
                .ToListAsync();
            foreach (var v in versions)
                v.CaseId = caseId;
            db.Record(
                new ArrangedOutsideTheService(
                    "KnowledgeItem",
                    versions[0].Id,
                    "Edited",
                    $"Arranged for the test: on case {reference}"
                )
            );
            await db.SaveChangesAsync();
        }
        var attempt = await PracticeForms.StartPracticeAsync(app, amara);
        string? page = null;
        for (var p = 1; p <= 5 && page is null; p++)
        {
            var html = WebUtility.HtmlDecode(await amara.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, p)));
            if (html.Contains("id=\"case\""))
                page = html;
        }
        Assert.NotNull(page);
        Assert.Contains("You arrive at the flat.", page);
        Assert.Contains("alt=\"A kitchen with unwashed dishes and an empty fridge\"", page);
        Assert.Equal(HttpStatusCode.OK, (await amara.GetAsync(ItemBankLinks.CaseMedia(caseId))).StatusCode);

        // Seen by a candidate, the case never changes again.
        var locked = await author.PostAsync(
            ItemBankLinks.AuthorCasesEdit(caseId),
            CaseForm(await author.TokenAsync(ItemBankLinks.AuthorCasesNew()), "Changed", "Changed", null, null)
        );
        Assert.Contains(
            "has been used in a test, so it cannot change",
            WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync())
        );
    }

    [Fact]
    public async Task A_question_given_a_case_that_does_not_exist_is_refused_with_the_reference_named()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        Guid area;
        await using (var db = app.Db())
            area = await db.KnowledgeAreas.OrderBy(a => a.Number).Select(a => a.Id).FirstAsync();
        var response = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            Http.F(
                ("Draft.Type", "Binary"),
                ("Draft.AreaId", area.ToString()),
                ("Draft.Setting", "Any setting"),
                ("Draft.Stem", "True or false?"),
                ("Draft.ScoringRule", "PerPart"),
                ("Draft.Case", "c-00077")
            )
        );
        Assert.Contains("There is no case C-00077", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
