using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;

namespace Naas.Web.Tests.Endorsements;

/// <summary>The endorsement journey as a browser without JavaScript posts it: one question per page, answers kept
/// server-side between pages, check answers, then confirm.</summary>
public class EndorsementJourneyPageTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task An_employer_lead_endorses_through_the_pages_and_the_answers_survive_between_pages()
    {
        await using var db = app.Db();
        var amara = await db
            .SocialWorkers.Where(p => p.RegistrationNumber == "SW100001")
            .Select(p => p.Id)
            .SingleAsync();
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        var root = EndorsementsLinks.EmployerEndorseStatus(amara);

        // Nothing is chosen for the lead, so the question's error can be reached (GOV.UK: radios start unselected).
        Assert.DoesNotContain(" checked", await client.GetStringAsync(root));
        var none = await client.PostFormAsync(root, []);
        Assert.Contains(
            "href=\"#Level\">Select the status you are endorsing them for",
            await none.Content.ReadAsStringAsync()
        );
        var status = await client.PostFormAsync(root, Http.F(("Level", "Practitioner")));
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.Equal($"{root}/judgement", status.Headers.Location!.OriginalString);

        var judgement = await client.PostFormAsync(
            $"{root}/judgement",
            Http.F(("Judgement", "Strong relationships with families"), ("Evidence", ""))
        );
        var html = WebUtility.HtmlDecode(await judgement.Content.ReadAsStringAsync());
        Assert.Contains("Enter the evidence you relied on", html);
        // Leaving and coming back keeps what was typed.
        Assert.Contains(
            "Strong relationships with families",
            WebUtility.HtmlDecode(await client.GetStringAsync($"{root}/judgement"))
        );

        var ok = await client.PostFormAsync(
            $"{root}/judgement",
            Http.F(("Judgement", "Strong relationships with families"), ("Evidence", "Audits"))
        );
        Assert.Equal($"{root}/check", ok.Headers.Location!.OriginalString);
        var check = await client.PostFormAsync($"{root}/check", []);
        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);

        await using var after = app.Db();
        var e = await after.Endorsements.SingleAsync(x => x.SocialWorkerId == amara);
        Assert.Equal(EndorsementState.AwaitingAgreement, e.State);
        Assert.Equal("Audits", e.Evidence);
        Assert.Equal("Jo Fletcher (Leeds City Council)", e.EndorsedBy);
        Assert.False(
            await after.JourneyStates.AnyAsync(j => j.Kind == $"endorse:{amara}"),
            "The journey's state is cleared once it is done"
        );
    }
}
