using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Scenarios;
using Naas.Web.Features;

namespace Naas.Web.Tests.Observation;

/// <summary>Observer agreement (issue 15, item 8): exact, adjacent and weighted kappa per observer and pair, over the
/// simulations both observers scored; too few pairs are not judged; poor agreement is marked for recalibration. The
/// statistics themselves are checked against R in Naas.Psychometrics.Tests.</summary>
public class ObserverAgreementTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string SecondEmail = "pat.kerr@observers.example";

    private async Task ScoreAsync(Guid session, string second)
    {
        await using var db = app.Db();
        var s = await db.SimulationSessions.SingleAsync(x => x.Id == session);
        ObservationSheet Sheet(Guid observer, SimulationRole role, string level, GlobalJudgement global) =>
            new()
            {
                SessionId = session,
                ObserverId = observer,
                Role = role,
                Ratings = [new(1, level, "Seen"), new(2, level, "Seen"), new(3, level, "Seen")],
                Global = global,
                Revision = 1,
                UpdatedAt = app.Clock.GetUtcNow(),
                SubmittedAt = app.Clock.GetUtcNow(),
            };
        db.ObservationSheets.Add(
            Sheet(s.LeadObserverId!.Value, SimulationRole.LeadObserver, "Shown", GlobalJudgement.Pass)
        );
        db.ObservationSheets.Add(
            Sheet(s.SecondObserverId!.Value, SimulationRole.SecondObserver, second, GlobalJudgement.Pass)
        );
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Observers_who_disagree_often_are_marked_for_recalibration_once_there_are_enough_pairs()
    {
        var first = await Observed.SessionAsync(app, SecondEmail);
        await ScoreAsync(first, "NotShown");
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminAgreement()));
        Assert.Contains("Fewer than 20 paired ratings: too few to judge", page);
        Assert.DoesNotContain(">Recalibrate<", page);

        // Six more simulations: 21 paired ratings, the lead always "shown", the second "not shown" or "strongly shown".
        for (var i = 0; i < 6; i++)
        {
            var next = await Observed.AnotherSimulationAsync(app, first);
            await ScoreAsync(next, i % 2 == 0 ? "StronglyShown" : "NotShown");
        }
        page = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminAgreement()));
        var pair = page[page.IndexOf("Pat Kerr and Tom Reid", StringComparison.Ordinal)..];
        pair = pair[..pair.IndexOf("</tr>", StringComparison.Ordinal)];
        // 21 pairs, none the same, 9 of them one level apart (2 and 3); the lead used one level only, so agreement is
        // no better than chance: weighted kappa 0.
        Assert.Equal(
            ["7", "21", "0%", "43%", "0.00", "100%"],
            System
                .Text.RegularExpressions.Regex.Matches(pair, "govuk-table__cell--numeric\">([^<]*)<")
                .Select(m => m.Groups[1].Value)
        );
        Assert.Contains("Recalibrate", pair);
        Assert.Contains("Tom Reid", page[page.IndexOf("by-observer", StringComparison.Ordinal)..]);
        Http.AssertRefused(await (await ObserverAsync()).GetAsync(ObservationLinks.AdminAgreement()));
    }

    private async Task<HttpClient> ObserverAsync()
    {
        var observer = app.Browser();
        await observer.SignInAsync(Observed.ObserverEmail);
        return observer;
    }
}
