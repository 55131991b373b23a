using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Seed;
using Naas.Domain.KnowledgeTest;
using Naas.Web.Features;
using Naas.Web.Features.KnowledgeTest;

namespace Naas.Web.Tests.ItemBank;

/// <summary>The practice test shows right answers and rationales and can be taken without limit, so its items are a
/// pool of their own: no item can be on a practice form and a real form (issue 12, finding 2).</summary>
public partial class PracticePoolTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex("/content/items/([0-9a-f-]{36})")]
    private static partial Regex ItemLink();

    private async Task<(HashSet<Guid> Practice, HashSet<Guid> Real)> BanksAsync()
    {
        using var scope = app.Services.CreateScope();
        var tests = scope.ServiceProvider.GetRequiredService<SittingStart>();
        var db = scope.ServiceProvider.GetRequiredService<Naas.Data.NaasDbContext>();
        var practice = await db.KnowledgeBlueprints.SingleAsync(b => b.IsPractice);
        var real = await db.KnowledgeBlueprints.SingleAsync(b => !b.IsPractice);
        return (
            (await tests.BankAsync(practice, default)).Bank.Select(i => i.Id).ToHashSet(),
            (await tests.BankAsync(real, default)).Bank.Select(i => i.Id).ToHashSet()
        );
    }

    [Fact]
    public async Task No_question_the_practice_test_can_show_is_in_the_bank_a_real_form_draws_on()
    {
        var (practice, real) = await BanksAsync();
        Assert.NotEmpty(practice);
        Assert.NotEmpty(real);
        Assert.Empty(practice.Intersect(real));

        // Ten practice sittings in a row, each submitted, show only practice questions.
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        await using var db = app.Db();
        var blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var shown = new HashSet<Guid>();
        for (var n = 0; n < 10; n++)
        {
            var start = await client.PostFormAsync(
                $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
                [],
                KnowledgeTestLinks.Me()
            );
            var attempt = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
            var submit = await client.PostFormAsync(
                KnowledgeTestLinks.MeCheck(attempt),
                [],
                KnowledgeTestLinks.MeCheck(attempt)
            );
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
            await using var read = app.Db();
            shown.UnionWith((await read.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).Items);
        }
        Assert.Empty(shown.Intersect(real));
        var pools = await db
            .KnowledgeItemVersions.Where(v => shown.Contains(v.Id))
            .Select(v => v.Item!.Pool)
            .Distinct()
            .ToListAsync();
        Assert.Equal([ItemPool.Practice], pools);
    }

    private async Task<IEnumerable<KeyValuePair<string, string>>> DraftAsync(string pool)
    {
        await using var db = app.Db();
        var area = await db.KnowledgeAreas.Where(a => a.Title == "Child development").Select(a => a.Id).SingleAsync();
        return Http.F(
            ("Draft.Pool", pool),
            ("Draft.Type", "Binary"),
            ("Draft.AppliedFor", ""),
            ("Draft.AreaId", area.ToString()),
            ("Draft.Setting", "Any setting"),
            ("Draft.Stem", $"A {pool} statement to mark."),
            ("Draft.Options", "True\nFalse"),
            ("Draft.Key", "True"),
            ("Draft.OptionsToChoose", "1"),
            ("Draft.ScoringRule", "PerPart")
        );
    }

    [Fact]
    public async Task An_author_puts_a_question_in_one_pool_and_it_cannot_move_once_a_candidate_has_seen_it()
    {
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var created = await author.PostFormAsync(ItemBankLinks.AuthorItemsNew(), await DraftAsync("Practice"));
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(ItemLink().Match(url).Groups[1].Value);
        Assert.Contains("Practice test only", WebUtility.HtmlDecode(await author.GetStringAsync(url)));
        await author.PostFormAsync($"{url}?handler=Act&step=Submit", [], url);
        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await reviewer.PostFormAsync($"{url}?handler=Act&step=Approve", [], url)).StatusCode
        );
        var (practice, real) = await BanksAsync();
        Assert.Contains(id, practice);
        Assert.DoesNotContain(id, real);

        // A draft that has been shown (here: its item's exposure count says so) keeps its pool.
        var draft = await author.PostFormAsync(ItemBankLinks.AuthorItemsNew(), await DraftAsync("Assessment"));
        var draftUrl = draft.Headers.Location!.OriginalString;
        var draftId = Guid.Parse(ItemLink().Match(draftUrl).Groups[1].Value);
        await using (var db = app.Db())
        {
            var item = await db.KnowledgeItems.SingleAsync(i => i.Versions.Any(v => v.Id == draftId));
            item.TimesShown = 1;
            await db.SaveChangesAsync();
        }
        var move = await author.PostFormAsync(
            ItemBankLinks.AuthorItemsEdit(draftId),
            await DraftAsync("Practice"),
            ItemBankLinks.AuthorItemsEdit(draftId)
        );
        Assert.Contains(
            "has already been shown to candidates, so it stays a real-test question",
            WebUtility.HtmlDecode(await move.Content.ReadAsStringAsync())
        );
        await using (var db = app.Db())
            Assert.Equal(
                ItemPool.Assessment,
                await db
                    .KnowledgeItems.Where(i => i.Versions.Any(v => v.Id == draftId))
                    .Select(i => i.Pool)
                    .SingleAsync()
            );
    }
}
