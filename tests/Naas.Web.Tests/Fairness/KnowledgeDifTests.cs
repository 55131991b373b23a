using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Fairness;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Web.Tests.Fairness;

/// <summary>The knowledge test's analysis (issue 16, items 2 and 5): when a window closes, the service's background
/// work analyses it by itself; a question made harder for candidates aged 50 and over than for younger candidates of
/// the same ability is found C, suspended from new forms in the same transaction as the stored run, and sent to
/// content review with its evidence; reading the page changes nothing and never computes; a content reviewer
/// reinstates the question.</summary>
public class KnowledgeDifTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_C_question_is_suspended_with_its_evidence_and_a_reviewer_can_reinstate_it()
    {
        Guid biased;
        List<Guid> fair;
        var window = new TestWindow
        {
            Opens = app.Clock.GetUtcNow().AddDays(-1),
            Closes = app.Clock.GetUtcNow().AddMinutes(-30),
        };
        await using (var db = app.Db())
        {
            var blueprint = await db.KnowledgeBlueprints.FirstAsync(b => !b.IsPractice);
            window.BlueprintId = blueprint.Id;
            db.TestWindows.Add(window);
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
        var page = FairnessLinks.KnowledgeTestWindow(window.Id);
        var before = WebUtility.HtmlDecode(await analyst.GetStringAsync(page));
        Assert.Contains("Not run yet", before);
        await using (var db = app.Db())
            Assert.Equal(ItemStatus.Live, (await db.KnowledgeItemVersions.SingleAsync(v => v.Id == biased)).Status); // reading computes nothing

        // The window has closed: the background work queues and runs its analysis, once.
        Assert.True(await app.RunAnalysesAsync() >= 1);
        Assert.Equal(0, await app.RunAnalysesAsync());
        await using (var db = app.Db())
        {
            var run = await db.AnalysisRuns.SingleAsync(r => r.WindowId == window.Id);
            Assert.Equal("The service", run.RequestedBy);
            Assert.Null(run.Error);
            Assert.StartsWith("600 submitted sittings", run.DataVersion);
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
        var read = WebUtility.HtmlDecode(await analyst.GetStringAsync(page));
        Assert.Contains("Candidates aged 50 and over against under 50", read);
        Assert.Contains("600, on 1 different forms", read);
        Assert.Contains("asked for by The service", read);
        Assert.DoesNotContain("The data has changed since", read);
        var csv = await analyst.GetStringAsync(page + "&handler=Csv");
        Assert.StartsWith("Question,Version,Seen,Facility", csv);
        Assert.Contains(",600,", csv);

        // On demand: asked for once (a second ask while it waits adds nothing), then run by the background work.
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await analyst.PostFormAsync($"{page}&handler=Run", [], page)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await analyst.PostFormAsync($"{page}&handler=Run", [], page)).StatusCode
        );
        Assert.Contains("already waiting", WebUtility.HtmlDecode(await analyst.GetStringAsync(page)));
        Assert.Equal(1, await app.RunAnalysesAsync());
        // Another organisation's or a made-up window is not found.
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await analyst.GetAsync(FairnessLinks.KnowledgeTestWindow(Guid.NewGuid()))).StatusCode
        );

        // The content reviewer (not its author) reads the evidence and reinstates it.
        var reviewer = app.Browser();
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        var details = ItemBankLinks.AuthorItemsDetails(biased);
        var evidence = WebUtility.HtmlDecode(await reviewer.GetStringAsync(details));
        Assert.Contains("Suspended from new forms by the fairness screen", evidence);
        Assert.Contains("found this item harder", evidence);
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
