using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Scenarios;
using Naas.Web.Features;

namespace Naas.Web.Tests.StandardSetting;

/// <summary>The standard-setting page shows borderline regression and borderline group beside the panels for the
/// simulated observation (issue 16, item 4), from the agreed outcomes' global judgements and totals.</summary>
public class BorderlineMethodsTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task The_observers_judgements_give_a_pass_mark_beside_the_panels()
    {
        // Judged fail 6, borderline 10 and 12, pass 14, good 16, each out of 20. By hand: the borderline group's
        // mean is 11; the least-squares line through (0, 6), (1, 10), (1, 12), (2, 14), (3, 16) has slope
        // 16.8 / 5.2 and intercept 11.6 − 1.4 × slope, so at borderline (1) it reads 10.31.
        foreach (
            var (global, score) in new[]
            {
                (GlobalJudgement.Fail, 6m),
                (GlobalJudgement.Borderline, 10m),
                (GlobalJudgement.Borderline, 12m),
                (GlobalJudgement.Pass, 14m),
                (GlobalJudgement.Good, 16m),
            }
        )
        {
            var session = await Observed.SessionAsync(app);
            await using var db = app.Db();
            var s = await db.SimulationSessions.SingleAsync(x => x.Id == session);
            var outcome = new SimulationOutcome
            {
                SessionId = s.Id,
                SocialWorkerId = s.SocialWorkerId!.Value,
                Score = score,
                Max = 20,
                Global = global,
                DecidedBy = "Arranged",
                DecidedAt = app.Clock.GetUtcNow(),
            };
            db.SimulationOutcomes.Add(outcome);
            db.Record(new ArrangedOutsideTheService("SimulationOutcome", outcome.Id, "Arranged", "An agreed outcome"));
            await db.SaveChangesAsync();
        }
        await Arrange.AdoptedPassMarkAsync(app, "SimulatedObservation", "First|10\nSecond|10", 12m);
        Guid exercise;
        await using (var db = app.Db())
            exercise = (await db.StandardSettingExercises.SingleAsync(e => e.Element == "SimulatedObservation")).Id;
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(StandardSettingLinks.AdminExercise(exercise)));
        Assert.Contains("From the observers' global judgements", page);
        Assert.Contains(">10.31<", page);
        Assert.Contains(">11.00<", page);
        Assert.Contains("2 simulations judged borderline; median 11.00", page);
    }
}
