using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.Results;
using Naas.Web.Features;

namespace Naas.Web.Tests.Observation;

/// <summary>Into results (issue 15, item 9): a candidate's two simulations, one agreed by its observers and one
/// reconciled by a moderator, wait for the pass mark the panels set (¶40), then become the simulated observation
/// element's mark with the lead observers' notes as its feedback; the release and the independent review read them
/// like any other mark, and the reviewer sees both sheets of each simulation (¶42).</summary>
public class SimulationResultsTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string SecondEmail = "pat.kerr@observers.example";

    [Fact]
    public async Task Two_decided_simulations_become_the_element_mark_with_the_adopted_pass_mark_and_the_lead_notes()
    {
        var first = await Observed.SessionAsync(app, SecondEmail);
        var second = await Observed.AnotherSimulationAsync(app, first);
        var lead = app.Browser();
        await lead.SignInAsync(Observed.ObserverEmail);
        var other = app.Browser();
        await other.SignInAsync(SecondEmail);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Guid endorsement;
        await using (var db = app.Db())
            endorsement = (await db.SimulationSessions.SingleAsync(s => s.Id == first)).EndorsementId!.Value;

        // The first simulation: the observers agree (6 and 7, both passes), so its outcome is their mean.
        await Observed.SubmitWithNotesAsync(
            lead,
            first,
            "Pass",
            "Opened warmly and named the worry plainly.",
            "Shown",
            "Shown",
            "Shown"
        );
        await Observed.SubmitAsync(other, first, "Good", "StronglyShown", "Shown", "Shown");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminModeration()));
        Assert.Contains("1 of 2 simulations have an agreed or reconciled outcome", page);

        // The second: they differ on pass or fail, and a moderator reconciles.
        await Observed.SubmitWithNotesAsync(
            lead,
            second,
            "Borderline",
            "Missed the father's account.",
            "PartlyShown",
            "Shown",
            "PartlyShown"
        );
        await Observed.SubmitAsync(other, second, "Pass", "Shown", "Shown", "Shown");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    ObservationLinks.AdminModerationCase(second),
                    Http.F(
                        ("Level1", "PartlyShown"),
                        ("Level2", "Shown"),
                        ("Level3", "Shown"),
                        ("Global", "Pass"),
                        ("Rationale", "The recording shows the father was heard, late but fully.")
                    )
                )
            ).StatusCode
        );
        await using (var db = app.Db())
            Assert.False(await db.ElementMarks.AnyAsync(m => m.EndorsementId == endorsement));
        page = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminModeration()));
        Assert.Contains("No pass mark has been adopted for the simulated observation at this status", page);

        // The panels' pass mark, set on one simulation's nine marks, is scaled to the two simulations' eighteen.
        await Arrange.AdoptedPassMarkAsync(
            app,
            "SimulatedObservation",
            "Engages the family|3\nAnalyses risk|3\nPlans with the family|3",
            5.5m
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{ObservationLinks.AdminModeration()}?handler=Record",
                    Http.F(),
                    ObservationLinks.AdminModeration()
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m => m.EndorsementId == endorsement);
            // 6.5 (the mean of 6 and 7) and 5 (the moderator's), of 9 each; 5.5 of 9 is 11 of 18.
            Assert.Equal(
                ("SimulatedObservation", 11.5m, 18m, 11m, ElementResult.Pass),
                (mark.Element, mark.Score, mark.Max, mark.PassMark, mark.Result)
            );
            Assert.Contains("double marked and moderated", mark.Source);
            Assert.Contains("scaled", mark.Source);
            Assert.Equal(
                "First home visit to the Clarke family: Opened warmly and named the worry plainly.\n\n"
                    + "First home visit to the Clarke family: Missed the father's account.",
                mark.Feedback
            );
            Assert.All(
                await db.SimulationOutcomes.Where(o => o.SessionId == first || o.SessionId == second).ToListAsync(),
                o => Assert.Equal(mark.Id, o.ElementMarkId)
            );
            Assert.Equal("ElementMarked", (await db.AuditEvents.SingleAsync(a => a.SubjectId == mark.Id)).EventType);
        }
        page = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminModeration()));
        Assert.DoesNotContain("1 of 2 simulations", page);

        // Released with the other elements, then reviewed: the reviewer's case shows both sheets of each simulation
        // and the moderator's rationale.
        var review = await Assessed.UnderReviewAsync(app, endorsement, "SimulatedObservation");
        var reviewed = WebUtility.HtmlDecode(await admin.GetStringAsync(ReviewsLinks.AdminShow(review)));
        Assert.Contains("The simulations as the observers scored them", reviewed);
        Assert.Contains("Missed the father's account.", reviewed);
        Assert.Contains("reconciled by", reviewed);
        Assert.Contains("The recording shows the father was heard, late but fully.", reviewed);
        Assert.Contains("Pat Kerr (second)", reviewed);
    }
}
