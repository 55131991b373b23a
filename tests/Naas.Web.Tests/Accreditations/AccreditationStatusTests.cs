using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Features.Accreditations;

namespace Naas.Web.Tests.Accreditations;

/// <summary>After accreditation: suspension and revocation with reasons, what the public check and a credential's
/// verifier then see, and re-accreditation reminders (¶77–78).</summary>
public class AccreditationStatusTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static JsonNode Payload(string jwt) => JsonNode.Parse(CertificateTests.FromBase64Url(jwt.Split('.')[1]))!;

    /// <summary>What a verifier does with a credential: fetch the one status list it names, check its signature against
    /// the published keys, and read the credential's entry (two bits: 0 in force, 1 suspended, 2 revoked).</summary>
    private async Task<int> StatusAsync(JsonNode credential)
    {
        var entry = credential["credentialStatus"]!.AsObject(); // one object, as Open Badges 3.0 allows
        Assert.Equal("BitstringStatusListEntry", entry["type"]!.GetValue<string>());
        Assert.Equal("message", entry["statusPurpose"]!.GetValue<string>());
        Assert.Equal(
            ["0x0", "0x1", "0x2"],
            entry["statusMessage"]!.AsArray().Select(m => m!["status"]!.GetValue<string>())
        );
        var anyone = app.Browser();
        var res = await anyone.GetAsync(new Uri(entry["statusListCredential"]!.GetValue<string>()).PathAndQuery);
        Assert.Equal("application/vc+jwt", res.Content.Headers.ContentType!.MediaType);
        var list = await res.Content.ReadAsStringAsync();
        var keys = JsonNode.Parse(await anyone.GetStringAsync(CredentialLinks.Jwks()))!["keys"]!.AsArray();
        Assert.True(CertificateTests.Verify(list, keys));
        var subject = Payload(list)["credentialSubject"]!;
        Assert.Equal("message", subject["statusPurpose"]!.GetValue<string>());
        Assert.Contains(
            "BitstringStatusListCredential",
            Payload(list)["type"]!.AsArray().Select(t => t!.GetValue<string>())
        );
        return BitstringStatusList.ValueAt(
            subject["encodedList"]!.GetValue<string>(),
            int.Parse(entry["statusListIndex"]!.GetValue<string>()),
            entry["statusSize"]!.GetValue<int>()
        );
    }

    private async Task<bool> StatusBitAsync(JsonNode credential, string purpose) =>
        await StatusAsync(credential) == (purpose == "revocation" ? 2 : 1);

    [Fact]
    public async Task Suspension_and_revocation_need_a_reason_show_on_the_public_check_and_in_the_credential_status_lists()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100001", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        Guid id;
        string number;
        await using (var db = app.Db())
        {
            var a = await db.Accreditations.SingleAsync(x => x.EndorsementId == endorsement);
            (id, number) = (a.Id, a.CertificateNumber!);
            Assert.NotNull(a.StatusListIndex);
            Assert.Equal(new DateOnly(2029, 11, 23), a.ReaccreditationDue);
        }
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var credential = Payload(
            await amara.GetStringAsync($"{AccreditationsLinks.MeCertificate(number)}?handler=Credential")
        );
        Assert.False(await StatusBitAsync(credential, "revocation"));
        Assert.False(await StatusBitAsync(credential, "suspension"));

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Assert.Contains(number, await admin.GetStringAsync(AccreditationsLinks.Admin() + "?Q=sw100001"));
        var url = AccreditationsLinks.AdminShow(id);
        var noReason = await Assessed.TextAsync(await admin.PostFormAsync(url, Http.F(("Action", "Suspend"))));
        Assert.Contains("Enter the reason", noReason);
        const string reason = "A fitness to practise concern raised by Social Work England is being looked into.";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync(url, Http.F(("Action", "Suspend"), ("Reason", reason)))).StatusCode
        );

        var check = await Assessed.TextAsync(await app.Browser().GetAsync(PublicCheckLinks.Check(number)));
        Assert.Contains("No (suspended)", check);
        Assert.DoesNotContain("fitness to practise", check);
        Assert.True(await StatusBitAsync(credential, "suspension"));
        Assert.False(await StatusBitAsync(credential, "revocation"));
        await using (var db = app.Db())
        {
            Assert.True(
                await db.AuditEvents.AnyAsync(a => a.SubjectId == id && a.Action == "Suspended" && a.Reason == reason)
            );
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.SocialWorkerEmail
                    && m.Subject.Contains("suspended")
                    && m.Body.Contains(reason)
                )
            );
        }

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(url, Http.F(("Action", "Lift"), ("Reason", "The concern was not upheld.")))
            ).StatusCode
        );
        Assert.Contains("Yes", await Assessed.TextAsync(await app.Browser().GetAsync(PublicCheckLinks.Check(number))));
        Assert.False(await StatusBitAsync(credential, "suspension"));

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(url, Http.F(("Action", "Revoke"), ("Reason", "Removed from the register.")))
            ).StatusCode
        );
        Assert.Contains(
            "No (revoked)",
            await Assessed.TextAsync(
                await app.Browser().GetAsync(PublicCheckLinks.Check() + "?RegistrationNumber=SW100001&Surname=Okafor")
            )
        );
        Assert.True(await StatusBitAsync(credential, "revocation"));
        var final = await Assessed.TextAsync(
            await admin.PostFormAsync(url, Http.F(("Action", "Lift"), ("Reason", "Try")), AccreditationsLinks.Admin())
        );
        Assert.Contains("Revocation is final", final);
        await using (var db = app.Db())
            Assert.Equal(
                ["Awarded", "Revoked", "Suspended", "SuspensionLifted"],
                (await db.AuditEvents.Where(a => a.SubjectId == id).Select(a => a.Action).ToListAsync()).Order()
            );

        // An employer has no way in.
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Http.AssertRefused(await lead.GetAsync(url));
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await app.Browser().GetAsync(CredentialLinks.StatusList("everything"))).StatusCode
        );
    }

    [Fact]
    public async Task Re_accreditation_reminders_go_once_per_due_date_to_the_social_worker_and_employer_para77()
    {
        Guid ruth;
        await using (var db = app.Db())
        {
            var a = await db
                .Accreditations.Include(x => x.SocialWorker)
                .SingleAsync(x => x.SocialWorker!.RegistrationNumber == "SW100005");
            ruth = a.Id;
            a.ReaccreditationDue = new DateOnly(2027, 1, 31); // 69 days away: inside the default 90
            db.Record(
                new ArrangedOutsideTheService("Accreditation", a.Id, "Arranged", "Due date set for the reminder test")
            );
            await db.SaveChangesAsync();
        }
        int first,
            second;
        using (var scope = app.Services.CreateScope())
            first = await scope
                .ServiceProvider.GetRequiredService<ReaccreditationReminders>()
                .SendRemindersAsync(default);
        using (var scope = app.Services.CreateScope())
            second = await scope
                .ServiceProvider.GetRequiredService<ReaccreditationReminders>()
                .SendRemindersAsync(default);
        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using (var db = app.Db())
        {
            Assert.Equal(
                1,
                await db.OutboxMessages.CountAsync(m =>
                    m.Recipient == "ruth.allen@leeds.example"
                    && m.Subject.Contains("re-accreditation is due on 31 January 2027")
                )
            );
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.LeedsLeadEmail
                    && m.Body.Contains("Ruth Allen")
                    && m.Body.Contains("30 hours of continuing professional development")
                )
            );
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == ruth && a.Action == "ReminderSent"));
        }
    }
}
