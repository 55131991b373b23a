using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Races made safe in one shared way (<see cref="Races.SaveOrSettleAsync"/>): the unique index decides and the
/// loser settles instead of failing (issue 12, finding 3).</summary>
public class RaceTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_save_that_loses_a_forced_race_for_a_unique_reference_settles_on_the_next_one()
    {
        // Forced: the loser has read "K-90000 is free" and added it; the winner saves K-90000 before the loser saves.
        await using var loser = app.Db();
        await using var winner = app.Db();
        var lost = new KnowledgeItem { Reference = "K-90000", CreatedAt = NaasFactory.Now };
        loser.KnowledgeItems.Add(lost);
        winner.KnowledgeItems.Add(new KnowledgeItem { Reference = "K-90000", CreatedAt = NaasFactory.Now });
        await winner.SaveChangesAsync();
        var settled = 0;
        Assert.True(
            await loser.SaveOrSettleAsync(
                () =>
                {
                    settled++;
                    lost.Reference = "K-90001";
                    loser.KnowledgeItems.Add(lost);
                    return Task.FromResult(true);
                },
                default
            )
        );
        Assert.Equal(1, settled);
        await using var db = app.Db();
        Assert.Equal(
            ["K-90000", "K-90001"],
            await db
                .KnowledgeItems.Where(i => i.Reference.StartsWith("K-9"))
                .Select(i => i.Reference)
                .OrderBy(r => r)
                .ToListAsync()
        );
    }

    [Fact]
    public async Task Authors_saving_new_questions_at_the_same_moment_all_get_their_own_reference()
    {
        await using (var setup = app.Db())
        {
            var area = await setup
                .KnowledgeAreas.Where(a => a.Title == "Child development")
                .Select(a => a.Id)
                .SingleAsync();
            var authors = await Task.WhenAll(
                Enumerable
                    .Range(0, 8)
                    .Select(async _ =>
                    {
                        var c = app.Browser();
                        await c.SignInAsync(DemoData.AuthorEmail);
                        return (Client: c, Token: await c.TokenAsync(ItemBankLinks.AuthorItemsNew()));
                    })
            );
            var responses = await Task.WhenAll(
                authors.Select(
                    (a, i) =>
                        a.Client.PostAsync(
                            ItemBankLinks.AuthorItemsNew(),
                            new FormUrlEncodedContent(
                                Http.F(
                                    ("Draft.Type", "Binary"),
                                    ("Draft.AppliedFor", ""),
                                    ("Draft.AreaId", area.ToString()),
                                    ("Draft.Setting", "Any setting"),
                                    ("Draft.Stem", $"Race question {i}"),
                                    ("Draft.Options", "True\nFalse"),
                                    ("Draft.Key", "True"),
                                    ("Draft.OptionsToChoose", "1"),
                                    ("Draft.ScoringRule", "PerPart"),
                                    ("__RequestVerificationToken", a.Token)
                                )
                            )
                        )
                )
            );
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        }
        await using var db = app.Db();
        var references = await db
            .KnowledgeItemVersions.Where(v => v.Stem.StartsWith("Race question"))
            .Select(v => v.Item!.Reference)
            .ToListAsync();
        Assert.Equal(8, references.Distinct().Count());
    }

    [Fact]
    public async Task Asking_for_a_review_twice_at_the_same_instant_keeps_one_request_and_tells_the_other_why()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100001", 30, 20, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        var url = ReviewsLinks.MeNew(endorsement);
        var tabs = await Task.WhenAll(
            Enumerable
                .Range(0, 6)
                .Select(async _ =>
                {
                    var c = app.Browser();
                    await c.SignInAsync(DemoData.SocialWorkerEmail);
                    return (Client: c, Token: await c.TokenAsync(url));
                })
        );
        var responses = await Task.WhenAll(
            tabs.Select(t =>
                t.Client.PostAsync(
                    url,
                    new FormUrlEncodedContent(
                        Http.F(
                            ("Ground", "AtOddsWithPractice"),
                            ("Statement", "Asked from several tabs at once."),
                            ("__RequestVerificationToken", t.Token)
                        )
                    )
                )
            )
        );
        Assert.All(
            responses,
            r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{r.StatusCode}")
        );
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
            Assert.Contains(
                "already asked for a review",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())
            );
        await using var db = app.Db();
        Assert.Equal(1, await db.ReviewRequests.CountAsync(r => r.EndorsementId == endorsement));
    }
}

/// <summary>On the embedded default, an autosave racing the page's own post for the same question no longer fails
/// with "UNIQUE constraint failed: KnowledgeAnswers.AttemptId, KnowledgeAnswers.Position".</summary>
public class SqliteAnswerRaceTests(SqliteNaasFactory app) : IClassFixture<SqliteNaasFactory>
{
    [Fact]
    public async Task Autosaves_and_page_posts_for_one_question_at_the_same_moment_all_land_and_leave_one_answer()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        Guid blueprint;
        await using (var db = app.Db())
            blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await client.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
            [],
            KnowledgeTestLinks.Me()
        );
        var attempt = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
        var token = await client.TokenAsync(KnowledgeTestLinks.MeQuestion(attempt, 1));
        for (var round = 0; round < 5; round++)
        {
            await using (var db = app.Db())
            {
                await db.KnowledgeAnswers.Where(a => a.AttemptId == attempt).ExecuteDeleteAsync(); // a fresh race for the row each round
            }
            var posts = Enumerable
                .Range(0, 10)
                .Select(i =>
                    client.PostAsync(
                        i % 2 == 0
                            ? KnowledgeTestLinks.MeAutosave(attempt, 1)
                            : KnowledgeTestLinks.MeQuestion(attempt, 1),
                        new FormUrlEncodedContent(Http.F(("o", "0"), ("__RequestVerificationToken", token)))
                    )
                );
            var responses = await Task.WhenAll(posts);
            Assert.All(responses, r => Assert.True((int)r.StatusCode < 400, $"{r.StatusCode}"));
            await using var after = app.Db();
            Assert.Equal(1, await after.KnowledgeAnswers.CountAsync(a => a.AttemptId == attempt && a.Position == 1));
        }
    }
}
