using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>Issue 12, finding 4: packages from other tools (QtiSamples/README.md: items written here in their shape)
/// carry none of the service's own metadata. Their questions come in as drafts with the area and setting the author
/// gives on the form, keeping what the service can show and saying what was changed; the rest is refused question by
/// question.</summary>
public class QtiFromOtherToolsTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    // A 1×1 PNG standing in for the package's picture (the item files are the published ones; the picture is ours).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    );

    private static byte[] Package(bool withPicture = true)
    {
        string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "QtiSamples", name));
        const string manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="other-tool-examples">
              <resources>
                <resource identifier="ITEM-choice" type="imsqti_item_xmlv3p0" href="items/choice.xml"><file href="items/choice.xml"/></resource>
                <resource identifier="ITEM-multiple" type="imsqti_item_xmlv3p0" href="items/choice_multiple.xml"><file href="items/choice_multiple.xml"/></resource>
                <resource identifier="STYLE" type="webcontent" href="style/item.css"><file href="style/item.css"/></resource>
              </resources>
            </manifest>
            """;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (
                var (path, content) in new[]
                {
                    ("imsmanifest.xml", manifest),
                    ("items/choice.xml", Sample("other-tool-choice-with-picture.xml")),
                    ("items/choice_multiple.xml", Sample("other-tool-choice-without-key.xml")),
                    ("style/item.css", "p { margin: 0 }"),
                }
            )
            {
                using var w = new StreamWriter(zip.CreateEntry(path).Open(), Encoding.UTF8);
                w.Write(content);
            }
        if (withPicture)
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            using (var s = zip.CreateEntry("img/kitchen.png").Open())
                s.Write(Png);
        return buffer.ToArray();
    }

    private async Task<string> ImportAsync(HttpClient author, params (string, string)[] fields)
    {
        var token = await author.TokenAsync(ItemBankLinks.AuthorItemsInterchange());
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Package()), "Package", "other-tool.zip" },
        };
        foreach (var (k, v) in fields)
            form.Add(new StringContent(v), k);
        var response = await author.PostAsync(ItemBankLinks.AuthorItemsInterchange(), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_public_package_without_our_metadata_imports_as_drafts_with_the_area_and_setting_given_on_the_form()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        await using var before = app.Db();
        var drafts = await before.KnowledgeItemVersions.CountAsync();

        // Without an area and setting nothing comes in, and the report says what to do.
        var bare = await ImportAsync(author);
        Assert.Contains("0 of 2 questions came in", bare);
        Assert.Contains("Choose them on the import form", bare);
        await using (var db = app.Db())
            Assert.Equal(drafts, await db.KnowledgeItemVersions.CountAsync());

        Guid area;
        await using (var db = app.Db())
            area = await db.KnowledgeAreas.Where(a => a.Title == "Child development").Select(a => a.Id).SingleAsync();
        var report = await ImportAsync(author, ("DefaultAreaId", area.ToString()), ("DefaultSetting", "Any setting"));
        Assert.Contains("1 of 2 questions came in", report); // the stylesheet is not counted as a question
        Assert.Contains("area and setting from the form", report);
        Assert.Contains("its picture is case C-", report);
        Assert.Contains("ITEM-multiple", report);
        Assert.Contains("has no correct response (qti-correct-response)", report);

        await using var after = app.Db();
        var v = await after
            .KnowledgeItemVersions.Include(x => x.Item)
            .Include(x => x.Case)
            .SingleAsync(x => x.Stem == "What should you do next?");
        // The picture came in through the file store as the question's case, its alt text as the description.
        Assert.Equal(
            (
                "The kitchen on the home visit",
                "Look at the photograph taken on the home visit.",
                "An empty fridge and a sink full of unwashed dishes",
                "image/png"
            ),
            (v.Case!.Title, v.Case.Text, v.Case.Transcript, v.Case.MediaContentType)
        );
        var media = await author.GetAsync(ItemBankLinks.CaseMedia(v.Case.Id));
        Assert.Equal(Png, await media.Content.ReadAsByteArrayAsync());
        Assert.Equal(ItemType.SingleBestAnswer, v.Type);
        Assert.Equal("Talk with the parent about what the photograph shows and how the children are fed.", v.Key);
        Assert.Equal(PartialCreditRule.AllOrNothing, v.ScoringRule); // match_correct
        Assert.Equal((ItemStatus.Draft, area, "Any setting"), (v.Status, v.AreaId, v.Setting));
        Assert.Equal(drafts + 1, await after.KnowledgeItemVersions.CountAsync());
    }

    [Fact]
    public async Task Without_its_picture_in_the_package_a_question_keeps_the_pictures_description_in_its_text()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.ReviewerEmail);
        Guid area;
        await using (var db = app.Db())
            area = await db.KnowledgeAreas.Where(a => a.Title == "Child development").Select(a => a.Id).SingleAsync();
        var token = await author.TokenAsync(ItemBankLinks.AuthorItemsInterchange());
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Package(withPicture: false)), "Package", "other-tool.zip" },
            { new StringContent(area.ToString()), "DefaultAreaId" },
            { new StringContent("Any setting"), "DefaultSetting" },
        };
        var report = WebUtility.HtmlDecode(
            await (await author.PostAsync(ItemBankLinks.AuthorItemsInterchange(), form)).Content.ReadAsStringAsync()
        );
        Assert.Contains("an image is shown as its description", report);
        await using var after = app.Db();
        Assert.True(
            await after.KnowledgeItemVersions.AnyAsync(x =>
                x.Stem
                    == "Look at the photograph taken on the home visit. [Image: An empty fridge and a sink full of unwashed dishes] What should you do next?"
                && x.CaseId == null
            )
        );
    }
}
