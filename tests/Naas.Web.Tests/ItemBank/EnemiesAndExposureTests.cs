using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>Enemies and exposure (¶36), in a database of their own: they count every showing of every question, so
/// no other test may draw a form beside them.</summary>
public class EnemiesAndExposureTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Enemies_never_share_a_form_and_every_showing_is_counted_para36()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var k3 = await PracticeForms.VersionOfAsync(app, "K-00003");
        var unknown = await author.PostFormAsync(
            $"{ItemBankLinks.AuthorItemsDetails(k3)}?handler=Enemies",
            Http.F(("Enemies", "K-00005, K-99999")),
            ItemBankLinks.AuthorItemsDetails(k3)
        );
        Assert.Contains("There is no item K-99999", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        // K-00003 (area 5) is the enemy of both area-6 questions, and a form needs one of those: so K-00003 can never
        // be drawn.
        var saved = await author.PostFormAsync(
            $"{ItemBankLinks.AuthorItemsDetails(k3)}?handler=Enemies",
            Http.F(("Enemies", "K-00005, k-00006")),
            ItemBankLinks.AuthorItemsDetails(k3)
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(
            "K-00003",
            WebUtility.HtmlDecode(
                await author.GetStringAsync($"/content/items/{await PracticeForms.VersionOfAsync(app, "K-00005")}")
            )
        ); // stored both ways round

        var candidate = app.Browser();
        await candidate.SignInAsync(DemoData.SocialWorkerEmail);
        var k4 = await PracticeForms.VersionOfAsync(app, "K-00004");
        const int forms = 8;
        for (var i = 0; i < forms; i++)
        {
            var attempt = await PracticeForms.StartPracticeAsync(app, candidate);
            await using (var db = app.Db())
            {
                var items = (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).Items;
                Assert.DoesNotContain(k3, items);
                Assert.Contains(k4, items);
            }
            await candidate.PostFormAsync(KnowledgeTestLinks.MeCheck(attempt), [], KnowledgeTestLinks.MeCheck(attempt));
        }
        await using var after = app.Db();
        Assert.Equal(forms * 5, await after.KnowledgeItems.SumAsync(i => i.TimesShown));
        Assert.Equal(
            forms,
            await after.KnowledgeItems.Where(i => i.Reference == "K-00004").Select(i => i.TimesShown).SingleAsync()
        );
        Assert.NotNull((await after.KnowledgeItemVersions.SingleAsync(v => v.Id == k4)).FirstUsedAt); // seen, so never edited again
        var stats = WebUtility.HtmlDecode(await author.GetStringAsync(ItemBankLinks.AuthorItemsDetails(k4)));
        Assert.Contains($"Shown on {forms} forms", stats);
        Assert.Contains($"{forms} submitted sittings, facility 0.00", stats); // nobody answered it
    }
}
