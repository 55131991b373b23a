using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Accreditations;

/// <summary>Issue 12, finding 5: the credential passes 1EdTech's Open Badges 3.0 AchievementCredential JSON schema
/// (see Schemas/, with its source) and the VC-JWT rules of OB 3.0 §8.2 (JSON Web Token proof format): iss, sub, jti,
/// nbf mirror the credential; kid is a URL that dereferences to the public key; credentialStatus is one
/// object.</summary>
public class OpenBadgesConformanceTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "ob_v3p0_achievementcredential_schema.json"))
    );

    private async Task<string> CredentialJwtAsync()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100001", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        string number;
        await using (var db = app.Db())
            number = (await db.Accreditations.SingleAsync(a => a.EndorsementId == endorsement)).CertificateNumber!;
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        return await amara.GetStringAsync($"{AccreditationsLinks.MeCertificate(number)}?handler=Credential");
    }

    [Fact]
    public async Task The_credential_validates_against_the_open_badges_3_schema_and_follows_the_vc_jwt_rules()
    {
        var jwt = await CredentialJwtAsync();
        var parts = jwt.Split('.');
        var header = JsonNode.Parse(CertificateTests.FromBase64Url(parts[0]))!;
        var payload = JsonNode.Parse(CertificateTests.FromBase64Url(parts[1]))!;

        var result = Schema.Evaluate(
            JsonDocument.Parse(payload.ToJsonString()).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List }
        );
        Assert.True(
            result.IsValid,
            string.Join(
                "\n",
                (result.Details ?? [])
                    .Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            )
        );

        // The schema itself refuses what the credential used to carry: credentialStatus as an array of two entries.
        var old = payload.DeepClone().AsObject();
        old["credentialStatus"] = new JsonArray(
            payload["credentialStatus"]!.DeepClone(),
            payload["credentialStatus"]!.DeepClone()
        );
        Assert.False(Schema.Evaluate(JsonDocument.Parse(old.ToJsonString()).RootElement).IsValid);

        // VC-JWT: the registered claims mirror the credential.
        Assert.Equal(payload["issuer"]!["id"]!.GetValue<string>(), payload["iss"]!.GetValue<string>());
        Assert.Equal(payload["id"]!.GetValue<string>(), payload["jti"]!.GetValue<string>());
        Assert.StartsWith("urn:uuid:", payload["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.Equal(payload["credentialSubject"]!["id"]!.GetValue<string>(), payload["sub"]!.GetValue<string>());
        Assert.Equal(
            DateTimeOffset.Parse(payload["validFrom"]!.GetValue<string>()).ToUnixTimeSeconds(),
            payload["nbf"]!.GetValue<long>()
        );
        Assert.Equal(
            JsonValueKind.Object,
            JsonDocument.Parse(payload["credentialStatus"]!.ToJsonString()).RootElement.ValueKind
        );

        // kid is a URL on the service that dereferences to the JWK, and that key verifies the signature.
        var kid = new Uri(header["kid"]!.GetValue<string>());
        Assert.StartsWith("/credentials/keys/", kid.AbsolutePath);
        var key = await app.Browser().GetAsync(kid.PathAndQuery);
        Assert.Equal("application/jwk+json", key.Content.Headers.ContentType!.MediaType);
        var jwk = JsonNode.Parse(await key.Content.ReadAsStringAsync())!;
        Assert.Equal(kid.ToString(), jwk["kid"]!.GetValue<string>());
        using var rsa = RSA.Create(
            new RSAParameters
            {
                Modulus = CertificateTests.FromBase64Url(jwk["n"]!.GetValue<string>()),
                Exponent = CertificateTests.FromBase64Url(jwk["e"]!.GetValue<string>()),
            }
        );
        Assert.True(
            rsa.VerifyData(
                Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"),
                CertificateTests.FromBase64Url(parts[2]),
                HashAlgorithmName.SHA256,
                RSASignaturePadding.Pkcs1
            )
        );
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await app.Browser().GetAsync(CredentialLinks.Key("no-such-key"))).StatusCode
        );
    }
}
