using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.Scenarios;
using Naas.Web.Features;

namespace Naas.Web.Tests.Observation;

/// <summary>Double marking and moderation (issue 15, item 8): two observers who agree settle the simulation's score as
/// their mean; two who differ by more than the margin or on pass or fail wait for a moderator, who reconciles them with
/// a recorded rationale.</summary>
public class DoubleMarkingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string SecondEmail = "pat.kerr@observers.example";

    private async Task<(HttpClient Lead, HttpClient Second)> ObserversAsync()
    {
        var lead = app.Browser();
        await lead.SignInAsync(Observed.ObserverEmail);
        var second = app.Browser();
        await second.SignInAsync(SecondEmail);
        return (lead, second);
    }

    [Fact]
    public async Task Two_observers_who_agree_settle_the_score_as_their_mean()
    {
        var session = await Observed.SessionAsync(app, SecondEmail);
        var (lead, second) = await ObserversAsync();
        await Observed.SubmitAsync(lead, session, "Pass", "Shown", "PartlyShown", "Shown");
        await using (var db = app.Db())
            Assert.False(await db.SimulationOutcomes.AnyAsync(o => o.SessionId == session));
        await Observed.SubmitAsync(second, session, "Good", "Shown", "Shown", "Shown");
        await using var after = app.Db();
        var outcome = await after.SimulationOutcomes.SingleAsync(o => o.SessionId == session);
        Assert.Equal(
            (5.5m, 9, false, GlobalJudgement.Pass),
            (outcome.Score, outcome.Max, outcome.Moderated, outcome.Global)
        );
        Assert.Equal(
            "SimulationAgreed",
            (await after.AuditEvents.SingleAsync(a => a.SubjectId == outcome.Id)).EventType
        );
    }

    [Fact]
    public async Task Two_observers_who_disagree_are_reconciled_by_a_moderator_with_a_rationale()
    {
        var session = await Observed.SessionAsync(app, SecondEmail);
        var (lead, second) = await ObserversAsync();
        await Observed.SubmitAsync(lead, session, "Borderline", "PartlyShown", "PartlyShown", "Shown");
        await Observed.SubmitAsync(second, session, "Good", "StronglyShown", "Shown", "StronglyShown");

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var queue = WebUtility.HtmlDecode(await admin.GetStringAsync(ObservationLinks.AdminModeration()));
        Assert.Contains("The observers' scores (4 and 8) are 4 points apart, more than the margin of 2.", queue);
        Assert.Contains("One observer judged the performance good and the other borderline", queue);

        var url = ObservationLinks.AdminModerationCase(session);
        var missing = WebUtility.HtmlDecode(
            await (
                await admin.PostFormAsync(url, Http.F(("Level1", "Shown"), ("Rationale", " ")))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Give the agreed rating for criterion 2", missing);
        Assert.Contains("Explain how you reconciled the two sheets", missing);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    url,
                    Http.F(
                        ("Level1", "Shown"),
                        ("Level2", "Shown"),
                        ("Level3", "Shown"),
                        ("Global", "Pass"),
                        ("Rationale", "Watched the recording: the second observer's reading of criterion 2 is right.")
                    )
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var outcome = await db.SimulationOutcomes.SingleAsync(o => o.SessionId == session);
            Assert.Equal((6m, true, GlobalJudgement.Pass), (outcome.Score, outcome.Moderated, outcome.Global));
            Assert.Equal(["Shown", "Shown", "Shown"], outcome.AgreedLevels);
            var recorded = await db.AuditEvents.SingleAsync(a => a.SubjectId == outcome.Id);
            Assert.Equal(
                (
                    "SimulationReconciled",
                    "Watched the recording: the second observer's reading of criterion 2 is right."
                ),
                (recorded.EventType, recorded.Reason)
            );
        }
        Assert.DoesNotContain(url, await admin.GetStringAsync(ObservationLinks.AdminModeration()));
        Assert.Contains(
            "already been reconciled",
            WebUtility.HtmlDecode(
                await (await admin.PostFormAsync(url, Http.F(("Level1", "Shown")))).Content.ReadAsStringAsync()
            )
        );
        // An observer is not a moderator.
        Http.AssertRefused(await lead.GetAsync(url));
    }

    [Fact]
    public async Task A_submitted_sheet_changes_only_by_a_recorded_correction_and_not_once_the_outcome_is_decided()
    {
        var session = await Observed.SessionAsync(app, SecondEmail);
        var (lead, second) = await ObserversAsync();
        await Observed.SubmitAsync(lead, session, "Borderline", "PartlyShown", "PartlyShown", "Shown");
        var sheet = ObservationLinks.MarkerSheet(session);
        Assert.Contains("Correct this sheet", await lead.GetStringAsync(sheet));
        async Task<string> CorrectAsync(string reason, string global, params string[] levels)
        {
            var fields = new List<(string, string)> { ("Reason", reason), ("Global", global) };
            for (var i = 0; i < levels.Length; i++)
                fields.AddRange([($"Level{i + 1}", levels[i]), ($"Evidence{i + 1}", $"What I saw for {i + 1}")]);
            var r = await lead.PostFormAsync($"{sheet}?handler=Correct&correct=true", Http.F([.. fields]), sheet);
            return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        }
        var refused = await CorrectAsync("typo", "Pass", "Shown", "Shown");
        Assert.Contains("Say why you are correcting the sheet", refused);
        Assert.Contains("Rate criterion 3", refused);
        Assert.DoesNotContain(
            "govuk-error-summary",
            await CorrectAsync("Entered criterion 2 against criterion 1 by mistake", "Pass", "Shown", "Shown", "Shown")
        );
        await using (var db = app.Db())
        {
            var corrected = await db.AuditEvents.SingleAsync(a =>
                a.EventType == "SheetCorrected"
                && a.SocialWorkerId != null
                && a.Reason == "Entered criterion 2 against criterion 1 by mistake"
            );
            Assert.Equal(
                "Tom Reid (observer) corrected their sheet: score 4 to 6, global judgement borderline to pass",
                corrected.Summary
            );
        }
        // The second observer agrees with the corrected sheet: the outcome is their mean, and no more corrections.
        await Observed.SubmitAsync(second, session, "Pass", "Shown", "Shown", "StronglyShown");
        await using (var db = app.Db())
            Assert.Equal(6.5m, (await db.SimulationOutcomes.SingleAsync(o => o.SessionId == session)).Score);
        Assert.Contains(
            "The simulation's outcome has been decided from both sheets",
            await CorrectAsync("Second thoughts about the global judgement", "Good", "Shown", "Shown", "Shown")
        );
    }
}
