using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;

namespace Naas.Web.Tests.Endorsements;

public class EndorsementTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private Task<HttpClient> ApiAsync(string organisation) => app.ApiClientAsync(organisation);

    private async Task<Guid> PersonAsync(string reg)
    {
        await using var db = app.Db();
        return await db.SocialWorkers.Where(p => p.RegistrationNumber == reg).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task Endorsing_someone_not_yet_eligible_is_refused_with_the_reason_unless_an_exception_is_recorded()
    {
        var api = await ApiAsync("Leeds City Council");
        var tom = await PersonAsync("SW100002"); // ASYE, 7 months in
        var refused = await api.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = tom,
                status = "practitioner",
                judgement = "Good",
                evidence = "Audits",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("exceptionReason", problem);
        Assert.Contains("12 months", problem);

        var allowed = await api.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = tom,
                status = "practitioner",
                judgement = "Good",
                evidence = "Audits",
                exceptionReason = "Exceptional practice, ready early",
            }
        );
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        var body = JsonDocument.Parse(await allowed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("AwaitingAgreement", body.GetProperty("state").GetString());
        var id = body.GetProperty("id").GetGuid();

        await using var db = app.Db();
        var audit = await db.AuditEvents.SingleAsync(a => a.SubjectId == id && a.Action == "Endorsed");
        Assert.Equal("Exceptional practice, ready early", audit.Reason);
        Assert.StartsWith("API: hr", audit.ActorName);
        Assert.True(
            await db.OutboxMessages.AnyAsync(m =>
                m.Recipient == "tom.hughes@leeds.example" && m.Subject.Contains("put you forward")
            )
        );
    }

    [Fact]
    public async Task An_employment_agency_cannot_endorse_its_agency_worker_but_the_authority_they_work_for_can_para72()
    {
        var dan = await PersonAsync("SW100004");
        var agency = await ApiAsync("Northern Social Work Recruitment Ltd");
        var byAgency = await agency.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = dan,
                status = "practitioner",
                judgement = "j",
                evidence = "e",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, byAgency.StatusCode);
        Assert.Contains("Employment agencies cannot endorse", await byAgency.Content.ReadAsStringAsync());

        var leeds = await ApiAsync("Leeds City Council");
        var byLeeds = await leeds.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = dan,
                status = "practitioner",
                judgement = "Sound assessments",
                evidence = "Case audits",
            }
        );
        Assert.Equal(HttpStatusCode.Created, byLeeds.StatusCode);
    }

    [Fact]
    public async Task A_social_worker_without_an_account_gets_a_link_to_create_one_with_the_endorsement_email()
    {
        var priya = await PersonAsync("SW100003");
        var leeds = await ApiAsync("Leeds City Council");
        var created = await leeds.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = priya,
                status = "supervisor",
                judgement = "Leads well",
                evidence = "Observed supervision",
                exceptionReason = "Acting up",
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        string body;
        await using (var db = app.Db())
            body = (await db.OutboxMessages.SingleAsync(m => m.Recipient == "priya.shah@leeds.example")).Body;
        var link = System.Text.RegularExpressions.Regex.Match(body, "/account/invitation/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);

        var browser = app.Browser();
        var made = await browser.PostFormAsync(
            link,
            Http.F(("Input.Password", "Priya-password-12"), ("Input.ConfirmPassword", "Priya-password-12"))
        );
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var me = await browser.GetStringAsync(EligibilityLinks.Me());
        Assert.Contains("Priya Shah", me);
        Assert.Contains("Tell us if you agree to be put forward", me);
    }

    [Fact]
    public async Task The_social_worker_agrees_in_the_pages_and_the_employer_can_then_withdraw_once()
    {
        var leeds = await ApiAsync("Leeds City Council");
        var amara = await PersonAsync("SW100001");
        var created = await leeds.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = amara,
                status = "practitioner",
                judgement = "Ready",
                evidence = "Supervision",
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var sw = app.Browser();
        await sw.SignInAsync(DemoData.SocialWorkerEmail);
        var blank = await sw.PostFormAsync(EndorsementsLinks.MeRespond(id), Http.F(("Reason", "typed text")));
        var blankHtml = await blank.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", blankHtml);
        Assert.Contains("Select yes if you agree to be put forward", blankHtml);
        Assert.Contains("typed text", blankHtml); // nothing typed is lost
        var agree = await sw.PostFormAsync(EndorsementsLinks.MeRespond(id), Http.F(("Answer", "agree")));
        Assert.Equal(HttpStatusCode.Redirect, agree.StatusCode);

        var first = await leeds.PostAsJsonAsync(
            ApiLinks.EndorsementWithdraw(id),
            new { reason = "Moving to a new team" }
        );
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await leeds.PostAsJsonAsync(ApiLinks.EndorsementWithdraw(id), new { reason = "Again" });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already been withdrawn", await second.Content.ReadAsStringAsync());

        await using var db = app.Db();
        var actions = await db
            .AuditEvents.Where(a => a.SubjectId == id)
            .OrderBy(a => a.OccurredAt)
            .Select(a => a.Action)
            .ToListAsync();
        Assert.Equal(["Endorsed", "Agree", "Withdraw"], actions);
        Assert.Equal(EndorsementState.Withdrawn, (await db.Endorsements.SingleAsync(e => e.Id == id)).State);
    }

    [Fact]
    public async Task A_bad_api_request_gets_problem_details_naming_each_field()
    {
        var api = await ApiAsync("Leeds City Council");
        var response = await api.PutAsJsonAsync(
            ApiLinks.SocialWorkers(),
            new
            {
                givenName = "",
                familyName = "Nightingale",
                registrationNumber = "12345",
                email = "florence",
                engagement = new
                {
                    start = (string?)null,
                    employmentType = "contractor",
                    fullTimeEquivalent = 2,
                    roleLevel = "practitioner",
                    entryRoute = "asye",
                },
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("SW123456", errors.GetProperty("registrationNumber")[0].GetString());
        Assert.True(errors.TryGetProperty("givenName", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("engagement.start", out _));
        Assert.True(errors.TryGetProperty("engagement.employmentType", out _));
        Assert.True(errors.TryGetProperty("engagement.fullTimeEquivalent", out _));
    }

    [Fact]
    public async Task The_api_adds_a_social_worker_idempotently_and_reports_eligibility_in_words()
    {
        var api = await ApiAsync("Leeds City Council");
        object Body() =>
            new
            {
                givenName = "Florence",
                familyName = "Nightingale",
                registrationNumber = "SW400001",
                email = "florence@example.org",
                engagement = new
                {
                    start = "2026-05-01",
                    employmentType = "permanent",
                    fullTimeEquivalent = 0.5,
                    roleLevel = "practitioner",
                    entryRoute = "asye",
                    statutoryFunctions = new[] { "case-responsibility" },
                },
            };
        var first = await api.PutAsJsonAsync(ApiLinks.SocialWorkers(), Body());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var person = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("NotYetEligible", person.GetProperty("eligibility").GetProperty("outcome").GetString());
        // 12 months full time = 365 full-time days from 1 May 2026; at 0.5 that is 730 days, which ends a day before
        // 1 May 2028 because 2028 has 29 February. Time is counted in days worked, not calendar months.
        Assert.Equal("2028-04-30", person.GetProperty("eligibility").GetProperty("eligibleFrom").GetString());
        Assert.Contains("pro rata", person.GetProperty("eligibility").GetProperty("reason").GetString());
        Assert.Equal("Missing", person.GetProperty("requirementState").GetString());

        await using var db = app.Db();
        var audits = await db.AuditEvents.CountAsync();
        var again = await api.PutAsJsonAsync(ApiLinks.SocialWorkers(), Body());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(audits, await db.AuditEvents.CountAsync());
    }
}
