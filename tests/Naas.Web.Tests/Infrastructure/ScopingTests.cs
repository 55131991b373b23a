using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Every query is scoped to the caller's organisation and role: a guessed id from another organisation
/// is "not found", in pages and the API alike, and reveals nothing.</summary>
public class ScopingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<(Guid Amara, Guid Endorsement)> LeedsEndorsementAsync()
    {
        await using var db = app.Db();
        var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
        var existing = await db.Endorsements.FirstOrDefaultAsync(e => e.SocialWorkerId == amara.Id);
        if (existing is not null)
            return (amara.Id, existing.Id);
        var leeds = await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council");
        var e = new Naas.Data.Entities.Endorsement
        {
            SocialWorkerId = amara.Id,
            OrganisationId = leeds.Id,
            Level = StatusLevel.Practitioner,
            Judgement = "Strong direct work",
            Evidence = "Supervision notes",
            EligibilityAtEndorsement = "Eligible",
            EndorsedAt = NaasFactory.Now,
            EndorsedBy = "Jo Fletcher",
        };
        db.Endorsements.Add(e);
        db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Endorsed", "Arranged by test"));
        await db.SaveChangesAsync();
        return (amara.Id, e.Id);
    }

    [Fact]
    public async Task An_employer_lead_who_guesses_another_organisations_person_gets_not_found_on_every_page()
    {
        var (amara, _) = await LeedsEndorsementAsync();
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);

        foreach (
            var url in new[]
            {
                WorkforceLinks.EmployerPeopleDetails(amara),
                WorkforceLinks.EmployerPeopleEdit(amara),
                EndorsementsLinks.EmployerEndorseStatus(amara),
                EndorsementsLinks.EmployerEndorseJudgement(amara),
                EndorsementsLinks.EmployerEndorseCheck(amara),
                WorkforceLinks.EmployerPeopleEngagement(amara, "new"),
            }
        )
        {
            var response = await manchester.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Okafor", await response.Content.ReadAsStringAsync());
        }
        var workforce = await manchester.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Contains("Sean Doyle", workforce);
        Assert.DoesNotContain("Okafor", workforce);

        // A forged POST to change the person is refused the same way, and changes nothing.
        var token = await manchester.TokenAsync(WorkforceLinks.EmployerWorkforce());
        var edit = await manchester.PostAsync(
            WorkforceLinks.EmployerPeopleEdit(amara),
            new FormUrlEncodedContent(
                Http.F(
                    ("Person.GivenName", "Hacked"),
                    ("Person.FamilyName", "Okafor"),
                    ("Person.RegistrationNumber", "SW100001"),
                    ("Person.Email", "x@example.com"),
                    ("__RequestVerificationToken", token)
                )
            )
        );
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        await using var db = app.Db();
        Assert.Equal("Amara", (await db.SocialWorkers.SingleAsync(p => p.Id == amara)).GivenName);
    }

    [Fact]
    public async Task An_employer_lead_who_guesses_another_organisations_endorsement_cannot_see_or_withdraw_it()
    {
        var (_, endorsement) = await LeedsEndorsementAsync();
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await manchester.GetAsync(EndorsementsLinks.EmployerWithdraw(endorsement))).StatusCode
        );
        var token = await manchester.TokenAsync(WorkforceLinks.EmployerWorkforce());
        var post = await manchester.PostAsync(
            EndorsementsLinks.EmployerWithdraw(endorsement),
            new FormUrlEncodedContent(Http.F(("Reason", "Because"), ("__RequestVerificationToken", token)))
        );
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.Db();
        Assert.NotEqual(
            EndorsementState.Withdrawn,
            (await db.Endorsements.SingleAsync(e => e.Id == endorsement)).State
        );
    }

    [Fact]
    public async Task An_api_client_that_guesses_another_organisations_ids_gets_not_found_and_learns_nothing()
    {
        var (amara, endorsement) = await LeedsEndorsementAsync();
        var api = await app.ApiClientAsync("Manchester City Council");

        var person = await api.GetAsync(ApiLinks.SocialWorker(amara));
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.Equal("application/problem+json", person.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Okafor", await person.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(ApiLinks.Endorsement(endorsement))).StatusCode);
        var withdraw = await api.PostAsJsonAsync(ApiLinks.EndorsementWithdraw(endorsement), new { reason = "Because" });
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        var endorse = await api.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = amara,
                status = "practitioner",
                judgement = "j",
                evidence = "e",
            }
        );
        Assert.Equal(HttpStatusCode.NotFound, endorse.StatusCode);

        var list = await api.GetStringAsync(ApiLinks.SocialWorkers());
        Assert.Contains("SW100006", list);
        Assert.DoesNotContain("SW100001", list);
        Assert.DoesNotContain(endorsement.ToString(), await api.GetStringAsync(ApiLinks.Endorsements()));
    }

    [Fact]
    public async Task The_api_refuses_missing_unknown_and_revoked_keys()
    {
        var anonymous = app.CreateClient();
        var none = await anonymous.GetAsync(ApiLinks.SocialWorkers());
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            "naas_000000000000_notarealsecretnotarealsecret"
        );
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(ApiLinks.SocialWorkers())).StatusCode);

        var client = await app.ApiClientAsync("Leeds City Council");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ApiLinks.SocialWorkers())).StatusCode);
        await using (var db = app.Db())
        {
            ApiKeys.TryParse(client.DefaultRequestHeaders.Authorization!.Parameter!, out var prefix, out _);
            (await db.ApiCredentials.SingleAsync(c => c.Prefix == prefix)).RevokedAt = NaasFactory.Now;
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(ApiLinks.SocialWorkers())).StatusCode);
    }

    [Fact]
    public async Task Adding_someone_already_on_the_national_record_links_them_without_overwriting_another_employers_details()
    {
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        IEnumerable<KeyValuePair<string, string>> Form(string family) =>
            Http.F(
                ("Person.GivenName", "Someone"),
                ("Person.FamilyName", family),
                ("Person.RegistrationNumber", "SW100005"),
                ("Person.Email", "changed@example.org"),
                ("Engagement.Start.Day", "1"),
                ("Engagement.Start.Month", "6"),
                ("Engagement.Start.Year", "2026"),
                ("Engagement.EmploymentType", "Permanent"),
                ("Engagement.FullTimeEquivalent", "0.2"),
                ("Engagement.RoleLevel", "Leader"),
                ("Engagement.EntryRoute", "AlreadyInPost")
            );

        var wrongName = await manchester.PostFormAsync(WorkforceLinks.EmployerPeopleAdd(), Form("Smith"));
        Assert.Contains(
            "already on the national record under a different last name",
            WebUtility.HtmlDecode(await wrongName.Content.ReadAsStringAsync())
        );

        var linked = await manchester.PostFormAsync(WorkforceLinks.EmployerPeopleAdd(), Form("Allen"));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        await using var db = app.Db();
        var ruth = await db
            .SocialWorkers.Include(p => p.Engagements)
            .SingleAsync(p => p.RegistrationNumber == "SW100005");
        Assert.Equal("Ruth", ruth.GivenName); // Leeds's record is not overwritten
        Assert.Equal("ruth.allen@leeds.example", ruth.Email);
        Assert.Equal(2, ruth.Engagements.Count); // but Manchester's engagement is added
        // Manchester sees its own engagement with her, and not Leeds's.
        var page = WebUtility.HtmlDecode(
            await manchester.GetStringAsync(WorkforceLinks.EmployerPeopleDetails(ruth.Id))
        );
        Assert.Contains("Practice leader from 1 June 2026", page);
        Assert.DoesNotContain(
            "Practice leader from " + Naas.Domain.Eligibility.EligibilityRule.Date(ruth.Engagements.Min(e => e.Start)),
            page
        );
    }

    [Fact]
    public async Task A_social_worker_sees_only_themselves()
    {
        var (amara, endorsement) = await LeedsEndorsementAsync();
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await tom.GetAsync(EndorsementsLinks.MeRespond(endorsement))).StatusCode
        );
        var me = await tom.GetStringAsync(EligibilityLinks.Me());
        Assert.Contains("Tom Hughes", me);
        Assert.DoesNotContain("Okafor", me);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await tom.GetAsync(WorkforceLinks.EmployerPeopleDetails(amara))).StatusCode
        ); // to access denied
        Assert.Equal(HttpStatusCode.Redirect, (await tom.GetAsync(AdministrationLinks.AdminAudit())).StatusCode);
    }

    [Fact]
    public async Task An_employer_cannot_answer_for_the_social_worker()
    {
        var (_, endorsement) = await LeedsEndorsementAsync();
        var leeds = app.Browser();
        await leeds.SignInAsync(DemoData.LeedsLeadEmail);
        var token = await leeds.TokenAsync(WorkforceLinks.EmployerWorkforce());
        var post = await leeds.PostAsync(
            EndorsementsLinks.MeRespond(endorsement),
            new FormUrlEncodedContent(Http.F(("Answer", "agree"), ("__RequestVerificationToken", token)))
        );
        Http.AssertRefused(post);
        await using var db = app.Db();
        Assert.Equal(
            EndorsementState.AwaitingAgreement,
            (await db.Endorsements.SingleAsync(e => e.Id == endorsement)).State
        );
    }

    [Fact]
    public async Task No_api_route_serves_test_content_and_no_api_response_carries_a_key()
    {
        var api = await app.ApiClientAsync("Leeds City Council");
        var document = System.Text.Json.JsonDocument.Parse(await app.CreateClient().GetStringAsync(ApiLinks.OpenApi()));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
            Assert.DoesNotMatch("(?i)item|attempt|sitting|answer|case|media|blueprint|booking", path);
        await using var db = app.Db();
        var keys = (await db.KnowledgeItemVersions.Select(v => v.Key).ToListAsync())
            .SelectMany(Naas.Data.Entities.KnowledgeItemVersion.Lines)
            .Where(k => k.Length > 8)
            .Distinct()
            .ToList();
        Assert.NotEmpty(keys);
        // Every route with no id in it, read as the employer's HR system would; ids are guessed in the tests above.
        foreach (var path in paths.Where(p => !p.Contains('{')))
        {
            var body = await api.GetStringAsync(path);
            foreach (var key in keys)
                Assert.DoesNotContain(key, body);
        }
    }
}
