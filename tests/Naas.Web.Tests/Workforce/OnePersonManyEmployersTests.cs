using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Workforce;

/// <summary>ADR 0014: a social worker is one person nationally, whom several employers may employ. An employer that
/// links its own engagement for someone already known never sees another employer's engagements, endorsements or the
/// person's contact details, never changes details the person or another employer holds, and so can never send an
/// account link to an address of its choosing. The same rule holds through the API, the import and the pages.</summary>
public class OnePersonManyEmployersTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Attacker = "attacker@evil.example";

    private static object Body(string reg, string family, string email, string given = "Someone") =>
        new
        {
            givenName = given,
            familyName = family,
            registrationNumber = reg,
            email,
            engagement = new
            {
                start = "2026-06-01",
                employmentType = "permanent",
                fullTimeEquivalent = 1,
                roleLevel = "practitioner",
                entryRoute = "already-in-post",
                statutoryFunctions = new[] { "case-responsibility" },
            },
        };

    [Fact]
    public async Task The_reported_api_takeover_sequence_leaves_the_leeds_social_workers_email_and_account_link_untouched()
    {
        // Priya (Leeds, no account yet): her registration number and surname are what the public check shows.
        var manchester = await app.ApiClientAsync("Manchester City Council");
        var first = await manchester.PutAsJsonAsync(ApiLinks.SocialWorkers(), Body("SW100003", "Shah", Attacker));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var json = await first.Content.ReadAsStringAsync();
        Assert.DoesNotContain("priya.shah@leeds.example", json); // her private email is not shown to Manchester
        var person = JsonDocument.Parse(json).RootElement;
        Assert.Equal(JsonValueKind.Null, person.GetProperty("email").ValueKind);
        Assert.Single(person.GetProperty("engagements").EnumerateArray()); // Manchester's own engagement only, not Leeds's two
        Assert.Contains("not changed", person.GetProperty("notices")[0].GetString());

        // Sending it again overwrote the email for Leeds too: not any more.
        var again = await manchester.PutAsJsonAsync(
            ApiLinks.SocialWorkers(),
            Body("SW100003", "Shah", Attacker, given: "Hacked")
        );
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var id = person.GetProperty("id").GetGuid();
        await using (var db = app.Db())
        {
            var priya = await db.SocialWorkers.SingleAsync(p => p.Id == id);
            Assert.Equal("priya.shah@leeds.example", priya.Email);
            Assert.Equal("Priya", priya.GivenName);
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == Attacker));
            // She is told, at her own address, that Manchester has added her.
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == "priya.shah@leeds.example"
                    && m.Subject.Contains("Manchester City Council has added you")
                )
            );
        }

        // An endorsement from Manchester sends its account link to her own address, never the attacker's.
        var endorse = await manchester.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = id,
                status = "practitioner",
                judgement = "Ready",
                evidence = "Observed",
                exceptionReason = "Exceptional",
            }
        );
        Assert.True(endorse.StatusCode == HttpStatusCode.Created, await endorse.Content.ReadAsStringAsync());
        await using (var db = app.Db())
        {
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == Attacker));
            Assert.False(await db.Invitations.AnyAsync(i => i.Email == Attacker));
            Assert.True(await db.Invitations.AnyAsync(i => i.Email == "priya.shah@leeds.example"));
        }

        // What Manchester reads back about her: nothing of Leeds's.
        var view = await manchester.GetStringAsync(ApiLinks.SocialWorker(id));
        Assert.DoesNotContain("leeds", view, StringComparison.OrdinalIgnoreCase);
        var endorsements = await manchester.GetStringAsync(ApiLinks.Endorsements());
        await using (var db = app.Db())
        {
            var leedsEndorsement = await db
                .Endorsements.Where(e => e.SocialWorkerId == id && e.Organisation!.Name == "Leeds City Council")
                .Select(e => e.Id)
                .ToListAsync();
            foreach (var e in leedsEndorsement)
                Assert.DoesNotContain(e.ToString(), endorsements);
        }
    }

    [Fact]
    public async Task A_registration_number_with_another_last_name_is_ambiguous_and_changes_nothing_through_the_api()
    {
        var manchester = await app.ApiClientAsync("Manchester City Council");
        await using var before = app.Db();
        var audits = await before.AuditEvents.CountAsync();
        var response = await manchester.PutAsJsonAsync(ApiLinks.SocialWorkers(), Body("SW100004", "Smith", Attacker));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(
            "cannot tell whether this is the same person",
            errors.GetProperty("registrationNumber")[0].GetString()
        );
        await using var after = app.Db();
        Assert.Equal(audits, await after.AuditEvents.CountAsync());
        Assert.Single(
            await after.Engagements.Where(e => e.SocialWorker!.RegistrationNumber == "SW100004").ToListAsync()
        );
    }

    private static MultipartFormDataContent Upload(string csv, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "workforce.csv");
        return form;
    }

    [Fact]
    public async Task A_workforce_import_cannot_change_another_employers_social_workers_email_and_its_export_never_shows_it()
    {
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        var token = await manchester.TokenAsync(WorkforceLinks.EmployerImport());
        var csv =
            "given_name,family_name,registration_number,email,qualified_on,asye_started_on,asye_completed_on,engagement_start,engagement_end,employment_type,agency_name,full_time_equivalent,role_level,entry_route,statutory_functions\n"
            + $"Tom,Hughes,SW100002,{Attacker},,,,2026-06-01,,permanent,,1,practitioner,asye,case-responsibility\n";
        var preview = WebUtility.HtmlDecode(
            await (
                await manchester.PostAsync(WorkforceLinks.EmployerImport(), Upload(csv, token))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Linked Tom Hughes (SW100002)", preview);
        Assert.Contains("Tom Hughes's email not changed", preview);
        var journey = Regex.Match(preview, "name=\"journeyId\" value=\"([^\"]+)\"").Groups[1].Value;
        var confirm = await manchester.PostAsync(
            WorkforceLinks.EmployerImport() + "?handler=Confirm",
            new FormUrlEncodedContent(Http.F(("journeyId", journey), ("__RequestVerificationToken", token)))
        );
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        await using (var db = app.Db())
            Assert.Equal(
                "tom.hughes@leeds.example",
                (await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100002")).Email
            );
        var export = await manchester.GetStringAsync(WorkforceLinks.EmployerExport());
        Assert.Contains("SW100002", export);
        Assert.DoesNotContain("tom.hughes@leeds.example", export);
        Assert.DoesNotContain(Attacker, export);
        // And the export, with Tom's email left blank, imports back changing nothing.
        token = await manchester.TokenAsync(WorkforceLinks.EmployerImport());
        var back = WebUtility.HtmlDecode(
            await (
                await manchester.PostAsync(WorkforceLinks.EmployerImport(), Upload(export, token))
            ).Content.ReadAsStringAsync()
        );
        Assert.Contains("Importing it changes nothing", back);
    }

    [Fact]
    public async Task Another_employer_cannot_rename_or_re_address_a_linked_social_worker_through_its_own_pages()
    {
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        var add = await manchester.PostFormAsync(
            WorkforceLinks.EmployerPeopleAdd(),
            Http.F(
                ("Person.GivenName", "Amara"),
                ("Person.FamilyName", "Okafor"),
                ("Person.RegistrationNumber", "SW100001"),
                ("Person.Email", ""),
                ("Engagement.Start.Day", "1"),
                ("Engagement.Start.Month", "6"),
                ("Engagement.Start.Year", "2026"),
                ("Engagement.EmploymentType", "Permanent"),
                ("Engagement.FullTimeEquivalent", "0.2"),
                ("Engagement.RoleLevel", "Practitioner"),
                ("Engagement.EntryRoute", "AlreadyInPost")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode); // linking needs no email: Manchester never learns hers
        Guid amara;
        await using (var db = app.Db())
            amara = (await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001")).Id;

        var details = WebUtility.HtmlDecode(
            await manchester.GetStringAsync(WorkforceLinks.EmployerPeopleDetails(amara))
        );
        Assert.DoesNotContain(DemoData.SocialWorkerEmail, details);
        Assert.Contains("Another employer first recorded Amara", details);
        Assert.DoesNotContain(WorkforceLinks.EmployerPeopleEdit(amara), details);
        var edit = WebUtility.HtmlDecode(await manchester.GetStringAsync(WorkforceLinks.EmployerPeopleEdit(amara)));
        Assert.Contains("Another employer first recorded this social worker", edit);
        Assert.DoesNotContain(DemoData.SocialWorkerEmail, edit);

        var forged = await manchester.PostFormAsync(
            WorkforceLinks.EmployerPeopleEdit(amara),
            Http.F(
                ("Person.GivenName", "Hacked"),
                ("Person.FamilyName", "Okafor"),
                ("Person.RegistrationNumber", "SW100001"),
                ("Person.Email", Attacker)
            ),
            WorkforceLinks.EmployerPeopleDetails(amara)
        );
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        await using (var db = app.Db())
        {
            var p = await db.SocialWorkers.SingleAsync(x => x.Id == amara);
            Assert.Equal(("Amara", DemoData.SocialWorkerEmail), (p.GivenName, p.Email));
        }
    }

    [Fact]
    public async Task The_employer_that_holds_the_details_corrects_them_but_not_the_email_of_someone_with_their_own_account()
    {
        var leeds = app.Browser();
        await leeds.SignInAsync(DemoData.LeedsLeadEmail);
        await using var db = app.Db();
        var ruth = await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.RegistrationNumber == "SW100005"); // no account
        var tom = await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.RegistrationNumber == "SW100002"); // has an account
        IEnumerable<KeyValuePair<string, string>> Form(string given, string family, string reg, string email) =>
            Http.F(
                ("Person.GivenName", given),
                ("Person.FamilyName", family),
                ("Person.RegistrationNumber", reg),
                ("Person.Email", email)
            );

        var ok = await leeds.PostFormAsync(
            WorkforceLinks.EmployerPeopleEdit(ruth.Id),
            Form("Ruth", "Allen-Jones", "SW100005", "ruth.new@leeds.example"),
            WorkforceLinks.EmployerPeopleEdit(ruth.Id)
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var refused = await leeds.PostFormAsync(
            WorkforceLinks.EmployerPeopleEdit(tom.Id),
            Form("Tom", "Hughes", "SW100002", "elsewhere@leeds.example"),
            WorkforceLinks.EmployerPeopleEdit(tom.Id)
        );
        Assert.Contains(
            "keeps their own email address in their account",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())
        );
        await using var after = app.Db();
        var changed = await after.SocialWorkers.SingleAsync(p => p.Id == ruth.Id);
        Assert.Equal(("Allen-Jones", "ruth.new@leeds.example"), (changed.FamilyName, changed.Email));
        Assert.Equal(
            "tom.hughes@leeds.example",
            await after.SocialWorkers.Where(p => p.Id == tom.Id).Select(p => p.Email).SingleAsync()
        );
    }

    [Fact]
    public async Task Someone_new_still_needs_an_email_address()
    {
        var api = await app.ApiClientAsync("Manchester City Council");
        var response = await api.PutAsJsonAsync(ApiLinks.SocialWorkers(), Body("SW555555", "Newperson", ""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "not on the national record yet",
            JsonDocument
                .Parse(await response.Content.ReadAsStringAsync())
                .RootElement.GetProperty("errors")
                .GetProperty("email")[0]
                .GetString()
        );
    }
}
