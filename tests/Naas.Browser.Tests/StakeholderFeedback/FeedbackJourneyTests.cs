using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.StakeholderFeedback;
using Naas.Domain.Workforce;
using Naas.Web.Features;
using Naas.Web.Features.StakeholderFeedback;

namespace Naas.Browser.Tests.StakeholderFeedback;

/// <summary>A respondent gives a practice leader structured feedback through their link, without an account or
/// JavaScript (issue 15, item 10); with one answer in, the leader's page and the programme's show the group only as
/// how many answered. axe-core on each page.</summary>
public class FeedbackJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_single_respondents_answers_stay_hidden_below_the_threshold()
    {
        var app = browser.App;
        const string token = "a-token-only-this-respondent-has-0123456789";
        await using (var db = app.Db())
        {
            var e = await Naas.Web.Tests.Arrange.EndorsementAsync(
                db,
                "SW100001",
                EndorsementState.Agreed,
                app.Clock.GetUtcNow(),
                "A leader"
            );
            e.Level = StatusLevel.Leader;
            var request = new FeedbackRequest
            {
                SocialWorkerId = e.SocialWorkerId,
                Category = RespondentCategory.Partner,
                RespondentName = "Priya Shah",
                RespondentEmail = "priya@partners.example",
                TokenHash = FeedbackService.Hash(token),
                RequestedAt = app.Clock.GetUtcNow(),
            };
            db.FeedbackRequests.Add(request);
            db.Record(
                new ArrangedOutsideTheService("FeedbackRequest", request.Id, "Arranged", "A leader's respondent")
            );
            await db.SaveChangesAsync();
        }
        var respondent = await browser.NewPageAsync(javaScript: false);
        await respondent.GoAndCheckAsync(StakeholderFeedbackLinks.Respond(token));
        await respondent.ClickAndCheckAsync(respondent.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }));
        await Assertions
            .Expect(respondent.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Choose how often you have seen this, for area 1");
        for (var i = 1; i <= 6; i++)
            await respondent.Locator($"#Area{i}-4").CheckAsync();
        await respondent.GetByLabel("Anything else you want to say (optional)").FillAsync("Priya's own words");
        await respondent.ClickAndCheckAsync(respondent.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }));
        await Assertions.Expect(respondent.Locator("#answered")).ToBeVisibleAsync();

        var leader = await browser.NewPageAsync(javaScript: false);
        await leader.SignInAsync(DemoData.SocialWorkerEmail);
        await leader.GoAndCheckAsync(StakeholderFeedbackLinks.Me());
        await Assertions.Expect(leader.Locator("#results")).ToContainTextAsync("Partners (1 answered)");
        await Assertions.Expect(leader.Locator("#results")).ToContainTextAsync("Shown once 3 have answered");
        await Assertions.Expect(leader.Locator("main")).Not.ToContainTextAsync("Priya's own words");
        await Assertions.Expect(leader.Locator("main")).Not.ToContainTextAsync("4.0");

        // The programme's page shows the same count and why it cannot be scored yet, and no answer.
        var programme = await browser.NewPageAsync(javaScript: false);
        await programme.SignInAsync(DemoData.AdminEmail);
        await programme.GoAndCheckAsync(StakeholderFeedbackLinks.Admin());
        await Assertions.Expect(programme.Locator("#leaders")).ToContainTextAsync("Partners: 1 (not shown yet)");
        await Assertions
            .Expect(programme.Locator("#leaders"))
            .ToContainTextAsync("Structured feedback is scored once at least 2 groups each have 3 answers");
        await Assertions.Expect(programme.Locator("main")).Not.ToContainTextAsync("Priya");
    }
}
