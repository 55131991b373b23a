using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Accreditations;

/// <summary>"Accreditation": a certificate (PDF) with a unique number, a verification link and a QR code, and the same
/// achievement as an Open Badges 3.0 credential, signed and checkable offline against the service's published
/// key.</summary>
public class CertificateTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<string> AccreditAsync(string registration)
    {
        await using var db = app.Db();
        var person = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == registration);
        var a = new Accreditation
        {
            SocialWorkerId = person.Id,
            Level = StatusLevel.Practitioner,
            AwardedOn = new DateOnly(2026, 11, 20),
            CertificateNumber = Naas.Web.Features.Accreditations.AccreditationAwarder.NewCertificateNumber(),
        };
        db.Accreditations.Add(a);
        db.Record(new ArrangedOutsideTheService("Accreditation", a.Id, "Awarded", "For the certificate tests"));
        await db.SaveChangesAsync();
        return a.CertificateNumber!;
    }

    [Fact]
    public async Task The_PDF_certificate_opens_carries_its_number_and_its_verification_link_resolves()
    {
        var number = await AccreditAsync("SW100001");
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var page = await amara.GetAsync(AccreditationsLinks.MeCertificate(number));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var res = await amara.GetAsync($"{AccreditationsLinks.MeCertificate(number)}?handler=Pdf");
        Assert.Equal("application/pdf", res.Content.Headers.ContentType!.MediaType);
        var bytes = await res.Content.ReadAsByteArrayAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var first = pdf.GetPage(1);
        var text = first.Text;
        Assert.Contains("Amara Okafor", text);
        Assert.Contains(number, text);
        Assert.Contains("child and family practitioner", text);
        var link = Assert.Single(first.GetHyperlinks().Select(h => h.Uri).Distinct());
        Assert.EndsWith(PublicCheckLinks.Check(number), link);
        Assert.Contains(link, text.Replace(" ", ""));

        // The link resolves, for anyone, to the public check of this certificate.
        var check = await app.Browser().GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var html = WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync());
        Assert.Contains("Amara Okafor", html);
        Assert.Contains(number, html);
    }

    [Fact]
    public async Task The_Open_Badges_credential_verifies_against_the_published_key_and_fails_after_one_byte_is_changed()
    {
        var number = await AccreditAsync("SW100001");
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var jwt = await amara.GetStringAsync($"{AccreditationsLinks.MeCertificate(number)}?handler=Credential");
        // The verifier has only the credential and the service's published key set: no session, no database.
        var keys = JsonNode.Parse(await app.Browser().GetStringAsync(CredentialLinks.Jwks()))!["keys"]!.AsArray();

        Assert.True(Verify(jwt, keys));
        var parts = jwt.Split('.');
        var header = JsonNode.Parse(FromBase64Url(parts[0]))!;
        Assert.Equal("RS256", header["alg"]!.GetValue<string>());
        var payload = JsonNode.Parse(FromBase64Url(parts[1]))!;
        Assert.Contains("OpenBadgeCredential", payload["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains(
            "https://www.w3.org/ns/credentials/v2",
            payload["@context"]!.AsArray().Select(t => t!.GetValue<string>())
        );
        Assert.Equal(payload["issuer"]!["id"]!.GetValue<string>(), payload["iss"]!.GetValue<string>());
        Assert.Equal("SW100001", payload["credentialSubject"]!["identifier"]![0]!["identityHash"]!.GetValue<string>());
        Assert.Equal(
            "Accredited child and family practitioner",
            payload["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>()
        );
        Assert.EndsWith(number, payload["id"]!.GetValue<string>());

        // One byte changed anywhere the signature covers, or in the signature itself, and it no longer verifies.
        var bytes = Encoding.ASCII.GetBytes(jwt);
        foreach (var at in new[] { parts[0].Length + 10, parts[0].Length + parts[1].Length / 2, jwt.Length - 5 })
        {
            var changed = (byte[])bytes.Clone();
            changed[at] = (byte)(changed[at] == 'A' ? 'B' : 'A');
            Assert.False(Verify(Encoding.ASCII.GetString(changed), keys), $"changed at {at}");
        }
        // The achievement and the issuer's profile the credential names are published too.
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await app.Browser()
                    .GetAsync(
                        new Uri(payload["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>()).PathAndQuery
                    )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await app.Browser().GetAsync(new Uri(payload["iss"]!.GetValue<string>()).PathAndQuery)).StatusCode
        );
    }

    [Fact]
    public async Task Nobody_else_can_download_a_social_workers_certificate_or_credential()
    {
        var number = await AccreditAsync("SW100001");
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        foreach (
            var url in new[]
            {
                AccreditationsLinks.MeCertificate(number),
                $"{AccreditationsLinks.MeCertificate(number)}?handler=Pdf",
                $"{AccreditationsLinks.MeCertificate(number)}?handler=Credential",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await tom.GetAsync(url)).StatusCode);
        var employer = app.Browser();
        await employer.SignInAsync(DemoData.LeedsLeadEmail);
        Http.AssertRefused(await employer.GetAsync($"{AccreditationsLinks.MeCertificate(number)}?handler=Pdf"));
    }

    [Fact]
    public async Task The_download_package_holds_the_record_each_certificate_and_its_credential_so_closing_the_service_strands_no_one()
    {
        var number = await AccreditAsync("SW100001");
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var res = await amara.GetAsync(WorkforceLinks.MeDownload());
        Assert.Equal("application/zip", res.Content.Headers.ContentType!.MediaType);
        using var package = new System.IO.Compression.ZipArchive(
            new MemoryStream(await res.Content.ReadAsByteArrayAsync())
        );
        var names = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("record.json", names);
        Assert.Contains($"certificates/certificate-{number}.pdf", names);
        using (var pdfStream = package.GetEntry($"certificates/certificate-{number}.pdf")!.Open())
        {
            var copy = new MemoryStream();
            await pdfStream.CopyToAsync(copy);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(copy.ToArray());
            Assert.Contains(number, pdf.GetPage(1).Text);
        }
        using var jwt = new StreamReader(package.GetEntry($"certificates/credential-{number}.jwt")!.Open());
        var keys = JsonNode.Parse(await app.Browser().GetStringAsync(CredentialLinks.Jwks()))!["keys"]!.AsArray();
        Assert.True(Verify(await jwt.ReadToEndAsync(), keys));
        using var record = package.GetEntry("record.json")!.Open();
        Assert.Contains(number, JsonNode.Parse(record)!["accreditations"]!.ToJsonString());
    }

    /// <summary>An independent verifier: RS256 over "header.payload", with the key the header names, which must be one
    /// the service publishes.</summary>
    internal static bool Verify(string jwt, JsonArray keys)
    {
        try
        {
            var parts = jwt.Split('.');
            if (parts.Length != 3)
                return false;
            var header = JsonNode.Parse(FromBase64Url(parts[0]))!;
            if (header["alg"]?.GetValue<string>() != "RS256")
                return false;
            var jwk = keys.SingleOrDefault(k => k!["kid"]!.GetValue<string>() == header["kid"]?.GetValue<string>());
            if (jwk is null)
                return false;
            using var rsa = RSA.Create(
                new RSAParameters
                {
                    Modulus = FromBase64Url(jwk["n"]!.GetValue<string>()),
                    Exponent = FromBase64Url(jwk["e"]!.GetValue<string>()),
                }
            );
            return rsa.VerifyData(
                Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"),
                FromBase64Url(parts[2]),
                HashAlgorithmName.SHA256,
                RSASignaturePadding.Pkcs1
            );
        }
        catch (Exception e)
            when (e
                    is FormatException
                        or System.Text.Json.JsonException
                        or CryptographicException
                        or InvalidOperationException
                        or NullReferenceException
            )
        {
            return false;
        }
    }

    internal static byte[] FromBase64Url(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
