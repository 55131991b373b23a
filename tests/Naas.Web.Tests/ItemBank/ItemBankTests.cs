using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>The item bank: authors draft, another author approves, live versions never change.</summary>
public partial class ItemBankTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex("/content/items/([0-9a-f-]{36})")]
    private static partial Regex ItemLink();

    private async Task<IEnumerable<KeyValuePair<string, string>>> ItemAsync(string stem, string options, string key)
    {
        await using var db = app.Db();
        var area = await db.KnowledgeAreas.Where(a => a.Title == "Child development").Select(a => a.Id).SingleAsync();
        return Http.F(
            ("Draft.Type", "SingleBestAnswer"),
            ("Draft.AppliedFor", ""),
            ("Draft.AreaId", area.ToString()),
            ("Draft.Setting", "Children in need"),
            ("Draft.Stem", stem),
            ("Draft.Options", options),
            ("Draft.Key", key),
            ("Draft.OptionsToChoose", "1"),
            ("Draft.ScoringRule", "PerPart")
        );
    }

    [Fact]
    public async Task An_item_is_drafted_reviewed_by_someone_else_made_live_and_then_only_changed_by_a_new_version()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var missing = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            Http.F(("Draft.Stem", "What is attachment?"))
        );
        var missingHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Select the type of question", missingHtml);
        Assert.Contains("What is attachment?", missingHtml);

        var created = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            await ItemAsync(
                "At what age does stranger anxiety usually appear?",
                "Birth to 2 months\n6 to 8 months\n3 years\n5 years",
                "6 to 8 months"
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(ItemLink().Match(url).Groups[1].Value);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url)).StatusCode
        );
        // The author is not offered what they may not do (issue 13); a forged post is still refused.
        var own = await author.GetStringAsync(url);
        Assert.Contains("nobody approves their own", own);
        Assert.DoesNotContain("Approve and make live", own);
        var self = await author.PostFormAsync($"{url}?handler=Act&step=Approve", [], url);
        Assert.Contains("someone else must review it", WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()));

        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        Assert.Contains("Approve and make live", await reviewer.GetStringAsync(url));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await reviewer.PostFormAsync($"{url}?handler=Act&step=Approve", [], url)).StatusCode
        );
        await using (var db = app.Db())
        {
            var v = await db.KnowledgeItemVersions.SingleAsync(x => x.Id == id);
            Assert.Equal(ItemStatus.Live, v.Status);
            Assert.Equal("Dev Ahmed (content reviewer)", v.ReviewerName);
            var actions = await db
                .AuditEvents.Where(a => a.SubjectId == id)
                .OrderBy(a => a.OccurredAt)
                .Select(a => a.Action)
                .ToListAsync();
            Assert.Equal(["Drafted", "Submit", "Approve"], actions);
        }

        // A live version cannot be edited; a new version is a draft copy and the live one is untouched.
        var edit = await author.PostFormAsync($"{url}/edit", await ItemAsync("Changed?", "a\nb\nc", "a"), url);
        Assert.Contains("Make a new version", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));
        var copy = await author.PostFormAsync($"{url}?handler=NewVersion", [], url);
        var copyId = Guid.Parse(ItemLink().Match(copy.Headers.Location!.OriginalString).Groups[1].Value);
        await using (var db = app.Db())
        {
            Assert.Equal(
                "At what age does stranger anxiety usually appear?",
                (await db.KnowledgeItemVersions.SingleAsync(x => x.Id == id)).Stem
            );
            var draft = await db.KnowledgeItemVersions.SingleAsync(x => x.Id == copyId);
            Assert.Equal((2, ItemStatus.Draft), (draft.Version, draft.Status));
        }
    }

    [Fact]
    public async Task A_draft_with_a_key_that_is_not_an_option_cannot_be_submitted()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var created = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            await ItemAsync("Which is a sign of neglect?", "Untreated tooth decay\nA grazed knee\nShyness", "Shy")
        );
        var url = created.Headers.Location!.OriginalString;
        var submit = await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url);
        Assert.Contains(
            "The answer must be one of the options, not \"Shy\"",
            WebUtility.HtmlDecode(await submit.Content.ReadAsStringAsync())
        );
    }

    [Fact]
    public async Task Only_content_authors_reach_the_item_bank()
    {
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Contains(
            AccountLinks.AccessDenied(),
            (await lead.GetAsync(ItemBankLinks.AuthorItems())).Headers.Location!.ToString()
        );
        var sw = app.Browser();
        await sw.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Contains(
            AccountLinks.AccessDenied(),
            (await sw.GetAsync(ItemBankLinks.AuthorItemsNew())).Headers.Location!.ToString()
        );
    }

    [Fact]
    public async Task An_export_imported_back_brings_in_nothing_twice_and_drafts_cases_and_pools_travel_with_it()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var created = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            await ItemAsync(
                "Which order protects a child in an emergency?",
                "Emergency protection order\nCare order\nAdoption order",
                "Emergency protection order"
            )
        );
        var url = created.Headers.Location!.OriginalString;
        await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url);
        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        await reviewer.PostFormAsync($"{url}?handler=Act&step=Approve", [], url);
        var draft = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsNew(),
            await ItemAsync("A draft still being written?", "Yes\nNo\nMaybe", "Yes")
        );
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        var package = await author.GetByteArrayAsync(ItemBankLinks.AuthorItemsInterchange() + "?handler=Export");
        var (read, _) = Naas.Web.Features.ItemBank.QtiImport.Import(new MemoryStream(package));
        var items = read.Select(x => x.Item).ToList();
        Assert.Contains(
            items,
            i =>
                i.Stem == "Which order protects a child in an emergency?"
                && i.Key.Single() == "Emergency protection order"
        );
        Assert.DoesNotContain(items, i => i.Stem == "A draft still being written?");
        Assert.Contains(items, i => i.Case == "C-00001"); // the demo's case questions keep their case
        Assert.Contains(items, i => i.Pool == ItemPool.Practice); // and practice questions stay practice questions
        var (withDrafts, _) = Naas.Web.Features.ItemBank.QtiImport.Import(
            new MemoryStream(
                await author.GetByteArrayAsync(ItemBankLinks.AuthorItemsInterchange() + "?handler=Export&drafts=true")
            )
        );
        Assert.Contains(withDrafts, x => x.Item.Stem == "A draft still being written?");

        await using var before = app.Db();
        var count = await before.KnowledgeItemVersions.CountAsync();
        var token = await author.TokenAsync(ItemBankLinks.AuthorItemsInterchange());
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(package), "Package", "bank.zip" },
        };
        var report = WebUtility.HtmlDecode(
            await (await author.PostAsync(ItemBankLinks.AuthorItemsInterchange(), form)).Content.ReadAsStringAsync()
        );
        Assert.Contains($"0 of {items.Count} questions came in", report);
        Assert.Contains("Already in the bank as K-", report);
        await using var after = app.Db();
        Assert.Equal(count, await after.KnowledgeItemVersions.CountAsync());
    }
}
