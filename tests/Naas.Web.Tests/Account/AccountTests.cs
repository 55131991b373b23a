using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.Account;

public partial class AccountTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), written here independently of Identity's
    /// own, as an authenticator app would compute it.</summary>
    private static string Totp(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
            Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var code =
            ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3])
            % 1_000_000;
        return code.ToString("D6");
    }

    private static byte[] Base32(string s)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(s.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex Secret();

    [Fact]
    public async Task An_authenticator_app_second_factor_is_asked_for_at_sign_in_once_turned_on()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.ManchesterLeadEmail);
        var setup = await client.GetStringAsync(AccountLinks.Authenticator());
        var key = Secret().Match(WebUtility.HtmlDecode(setup)).Groups[1].Value;
        Assert.NotEmpty(key);

        var wrong = await client.PostFormAsync(AccountLinks.Authenticator(), Http.F(("Input.Code", "000000")));
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync());
        var on = await client.PostFormAsync(
            AccountLinks.Authenticator(),
            Http.F(("Input.Code", Totp(key, DateTimeOffset.UtcNow)))
        );
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);

        var next = app.Browser();
        var signIn = await next.PostFormAsync(
            AccountLinks.SignIn(),
            Http.F(("Input.Email", DemoData.ManchesterLeadEmail), ("Input.Password", DemoData.Password))
        );
        Assert.StartsWith(AccountLinks.TwoFactor(), signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync(WorkforceLinks.EmployerWorkforce())).StatusCode); // not signed in yet
        var badCode = await next.PostFormAsync(AccountLinks.TwoFactor(), Http.F(("Input.Code", "12ab")));
        Assert.Contains("The code must be 6 numbers", await badCode.Content.ReadAsStringAsync());
        var code = await next.PostFormAsync(
            AccountLinks.TwoFactor(),
            Http.F(("Input.Code", Totp(key, DateTimeOffset.UtcNow)))
        );
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync(WorkforceLinks.EmployerWorkforce())).StatusCode);

        await using var db = app.Db();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "TwoFactorEnabled"));
    }

    [Fact]
    public async Task An_invited_employer_lead_sets_a_password_once_and_sees_only_their_organisation()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        await using (var db = app.Db())
        {
            var kent = await db.Organisations.SingleAsync(o => o.Name == "Kent County Council");
            var noOrg = await admin.PostFormAsync(
                AdministrationLinks.AdminInvitations(),
                Http.F(
                    ("Input.Name", "Pat Kent"),
                    ("Input.Email", "pat@kent.example"),
                    ("Input.Role", Roles.EmployerLead)
                )
            );
            Assert.Contains("Select the organisation they will manage", await noOrg.Content.ReadAsStringAsync());
            var sent = await admin.PostFormAsync(
                AdministrationLinks.AdminInvitations(),
                Http.F(
                    ("Input.Name", "Pat Kent"),
                    ("Input.Email", "pat@kent.example"),
                    ("Input.Role", Roles.EmployerLead),
                    ("Input.OrganisationId", kent.Id.ToString())
                )
            );
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        string link;
        await using (var db = app.Db())
        {
            var email = await db.OutboxMessages.SingleAsync(m => m.Recipient == "pat@kent.example");
            link = Regex.Match(email.Body, "/account/invitation/[A-Za-z0-9_-]+").Value;
        }
        var pat = app.Browser();
        var mismatch = await pat.PostFormAsync(
            link,
            Http.F(("Input.Password", "Long-enough-password-1"), ("Input.ConfirmPassword", "different"))
        );
        Assert.Contains("Passwords must match", await mismatch.Content.ReadAsStringAsync());
        var created = await pat.PostFormAsync(
            link,
            Http.F(("Input.Password", "Long-enough-password-1"), ("Input.ConfirmPassword", "Long-enough-password-1"))
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var workforce = await pat.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Contains("Kent County Council", workforce);
        Assert.DoesNotContain("Okafor", workforce);
        Assert.Contains("This invitation cannot be used", await app.Browser().GetStringAsync(link));
    }

    [Fact]
    public async Task Queued_emails_are_delivered_once_to_the_pickup_folder_by_the_outbox()
    {
        await using (var db = app.Db())
        {
            db.Email(app.Clock, "someone@example.org", "Test subject", "Body text");
            await db.SaveChangesAsync();
        }
        var outbox = app.Services.GetRequiredService<OutboxProcessor>();
        var sent = await outbox.ProcessBatchAsync(CancellationToken.None);
        Assert.True(sent >= 1);
        Assert.Equal(0, await outbox.ProcessBatchAsync(CancellationToken.None));
        await using var after = app.Db();
        var m = await after.OutboxMessages.SingleAsync(x => x.Recipient == "someone@example.org");
        Assert.NotNull(m.ProcessedAt);
        var folder = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()[
            "Email:PickupFolder"
        ]!;
        var eml = await File.ReadAllTextAsync(Path.Combine(folder, $"{m.Id}.eml"));
        Assert.Contains("Subject: Test subject", eml);
        Assert.Contains("Body text", eml);
    }

    [Fact]
    public async Task A_social_worker_downloads_all_their_data_and_corrects_their_contact_details()
    {
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var bad = await amara.PostFormAsync(
            WorkforceLinks.MeContact(),
            Http.F(("Email", "not an email"), ("Phone", "call me"))
        );
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter an email address in the correct format", html);
        Assert.Contains("Enter a phone number", html);
        Assert.Contains("value=\"call me\"", html);
        var ok = await amara.PostFormAsync(
            WorkforceLinks.MeContact(),
            Http.F(("Email", "amara@home.example"), ("Phone", "01632 960 001"))
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        using var package = new System.IO.Compression.ZipArchive(
            new MemoryStream(await amara.GetByteArrayAsync(WorkforceLinks.MeDownload()))
        );
        using var record = package.GetEntry("record.json")!.Open();
        var json = JsonDocument.Parse(record).RootElement;
        Assert.Equal("SW100001", json.GetProperty("person").GetProperty("RegistrationNumber").GetString());
        Assert.Equal("amara@home.example", json.GetProperty("person").GetProperty("Email").GetString());
        Assert.Equal("Leeds City Council", json.GetProperty("engagements")[0].GetProperty("organisation").GetString());
    }
}
