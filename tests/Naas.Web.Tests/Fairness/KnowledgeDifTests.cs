using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Fairness;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Web.Tests.Fairness;

/// <summary>The knowledge test's DIF screen (issue 16, item 2): a question made harder for candidates aged 50 and
/// over than for younger candidates of the same ability is found C, suspended from new forms and sent to content
/// review with its evidence; reading the screen changes nothing; a content reviewer reinstates it.</summary>
public class KnowledgeDifTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_C_question_is_suspended_with_its_evidence_and_a_reviewer_can_reinstate_it()
    {
        Guid biased;
        List<Guid> fair;
        await using (var db = app.Db())
        {
            var blueprint = await db.KnowledgeBlueprints.FirstAsync(b => !b.IsPractice);
            var items = await db
                .KnowledgeItemVersions.Include(v => v.Item)
                .Where(v =>
                    v.Status == ItemStatus.Live
                    && (v.Type == ItemType.SingleBestAnswer || v.Type == ItemType.Binary)
                    && v.Item!.Pool == Naas.Domain.KnowledgeTest.ItemPool.Assessment
                )
                .OrderBy(v => v.Item!.Reference)
                .Take(9)
                .ToListAsync();
            Assert.Equal(9, items.Count);
            biased = items[3].Id;
            fair = items.Where(v => v.Id != biased).Select(v => v.Id).ToList();
            var random = new Random(16);
            var difficulty = items.Select(_ => random.NextDouble() * 2 - 1).ToArray();
            for (var p = 0; p < 600; p++)
            {
                var older = p % 3 == 0;
                var person = new SocialWorker
                {
                    GivenName = "Dif",
                    FamilyName = $"Candidate{p}",
                    RegistrationNumber = $"SWD{p:00000}",
                    Email = $"dif{p}@example.org",
                };
                var theta =
                    Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                var attempt = new KnowledgeAttempt
                {
                    SocialWorkerId = person.Id,
                    BlueprintId = blueprint.Id,
                    ItemVersionIds = items.Select(v => v.Id).ToList(),
                    StartedAt = app.Clock.GetUtcNow().AddHours(-2),
                    SubmittedAt = app.Clock.GetUtcNow().AddHours(-1),
                    AllowedSeconds = 3600,
                };
                for (var i = 0; i < items.Count; i++)
                {
                    var b = difficulty[i] + (items[i].Id == biased && older ? 1.6 : 0);
                    var right = random.NextDouble() < 1 / (1 + Math.Exp(b - theta));
                    var key = KnowledgeItemVersion.Lines(items[i].Key)[0];
                    var wrong = KnowledgeItemVersion.Lines(items[i].Options).First(o => o != key);
                    attempt.Answers.Add(
                        new KnowledgeAnswer
                        {
                            Position = i + 1,
                            Response = right ? key : wrong,
                            SavedAt = app.Clock.GetUtcNow().AddHours(-1),
                        }
                    );
                }
                db.AddRange(
                    person,
                    attempt,
                    new EqualityRecord
                    {
                        SocialWorkerId = person.Id,
                        AgeBand = older ? AgeBand.From50To59 : AgeBand.From30To39,
                        UpdatedAt = app.Clock.GetUtcNow(),
                    }
                );
            }
            db.Record(new ArrangedOutsideTheService("KnowledgeAttempt", null, "Arranged", "Sittings to screen"));
            await db.SaveChangesAsync();
        }

        var analyst = app.Browser();
        await analyst.SignInAsync(DemoData.AnalystEmail);
        var read = WebUtility.HtmlDecode(await analyst.GetStringAsync(FairnessLinks.Dif()));
        Assert.Contains("Candidates aged 50 and over against under 50", read);
        await using (var db = app.Db())
            Assert.Equal(ItemStatus.Live, (await db.KnowledgeItemVersions.SingleAsync(v => v.Id == biased)).Status); // reading changes nothing

        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostFormAsync(FairnessLinks.Dif(), [])).StatusCode);
        await using (var db = app.Db())
        {
            var v = await db.KnowledgeItemVersions.Include(x => x.Item).SingleAsync(x => x.Id == biased);
            Assert.Equal(ItemStatus.Suspended, v.Status);
            Assert.Contains("candidates aged 50 and over found this item harder", v.SuspensionEvidence);
            Assert.Contains("ETS class C", v.SuspensionEvidence);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == v.Id && a.Action == "Suspend"));
            // No fair question was suspended.
            Assert.Equal(
                8,
                await db.KnowledgeItemVersions.CountAsync(x => fair.Contains(x.Id) && x.Status == ItemStatus.Live)
            );
        }

        // The content reviewer (not its author) reads the evidence and reinstates it.
        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        var details = ItemBankLinks.AuthorItemsDetails(biased);
        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync(details));
        Assert.Contains("Suspended from new forms by the fairness screen", page);
        Assert.Contains("found this item harder", page);
        // Nobody suspends by hand: that is the screen's, with its evidence.
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await reviewer.PostFormAsync($"{details}?handler=Act&step=Suspend", [], details)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await reviewer.PostFormAsync($"{details}?handler=Act&step=Approve", [], details)).StatusCode
        );
        await using (var db = app.Db())
            Assert.Equal(ItemStatus.Live, (await db.KnowledgeItemVersions.SingleAsync(x => x.Id == biased)).Status);
    }
}
