using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations;

/// <summary>Signs verifiable credentials as compact JWS (RS256, the algorithm every Open Badges 3.0 verifier must
/// support) and publishes every key it has ever signed with as a JSON Web Key Set, so anyone can check a credential
/// offline against the published key. The private key is kept encrypted with the service's data-protection
/// keys.</summary>
public sealed class CredentialSigner(
    NaasDbContext db,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IConfiguration config
)
{
    private string ServiceUrl => (config["Service:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');

    /// <summary>A key's id as credentials and the key set give it: a URL that dereferences to the key itself (Open
    /// Badges 3.0, VC-JWT). The stored id is the key's RFC 7638 thumbprint, its last segment.</summary>
    public string KeyUrl(string thumbprint) => ServiceAddress.Absolute(ServiceUrl, CredentialLinks.Key(thumbprint));

    private JsonNode Published(string publicJwk)
    {
        var jwk = JsonNode.Parse(publicJwk)!.AsObject();
        jwk["kid"] = KeyUrl(jwk["kid"]!.GetValue<string>());
        return jwk;
    }

    /// <summary>One public key by its thumbprint, as published; null when there is none.</summary>
    public async Task<JsonNode?> KeyAsync(string thumbprint, CancellationToken ct) =>
        await db
            .SigningKeys.AsNoTracking()
            .Where(k => k.Id == thumbprint)
            .Select(k => k.PublicJwk)
            .SingleOrDefaultAsync(ct)
            is { } jwk
            ? Published(jwk)
            : null;

    public const string Algorithm = "RS256";
    private IDataProtector Protector => protection.CreateProtector("Naas.Credentials.SigningKey.v1");

    /// <summary>Signs the payload with the newest key; makes the first key when there is none.</summary>
    public async Task<string> SignAsync(JsonObject payload, CancellationToken ct)
    {
        var key = await CurrentAsync(ct);
        using var rsa = RSA.Create();
        rsa.ImportRSAPrivateKey(Convert.FromBase64String(Protector.Unprotect(key.ProtectedPrivateKey)), out _);
        var header = new JsonObject
        {
            ["alg"] = Algorithm,
            ["typ"] = "JWT",
            ["kid"] = KeyUrl(key.Id),
            // Open Badges 3.0 verifiers may read the key from the header; they must still check it is one the issuer
            // publishes.
            ["jwk"] = Published(key.PublicJwk),
        };
        var signingInput =
            $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        var signature = rsa.SignData(
            Encoding.ASCII.GetBytes(signingInput),
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        return $"{signingInput}.{Base64Url(signature)}";
    }

    /// <summary>The public keys, as a JSON Web Key Set (RFC 7517).</summary>
    public async Task<JsonObject> KeySetAsync(CancellationToken ct)
    {
        var keys = await db
            .SigningKeys.AsNoTracking()
            .OrderBy(k => k.CreatedAt)
            .Select(k => k.PublicJwk)
            .ToListAsync(ct);
        if (keys.Count == 0)
            keys.Add((await CurrentAsync(ct)).PublicJwk);
        return new JsonObject { ["keys"] = new JsonArray(keys.Select(Published).ToArray()) };
    }

    private async Task<SigningKey> CurrentAsync(CancellationToken ct)
    {
        var key = await db
            .SigningKeys.AsNoTracking()
            .Where(k => k.RetiredAt == null)
            .OrderByDescending(k => k.CreatedAt)
            .FirstOrDefaultAsync(ct);
        if (key is not null)
            return key;
        using var rsa = RSA.Create(3072);
        var p = rsa.ExportParameters(false);
        var jwkCore = new JsonObject
        {
            ["e"] = Base64Url(p.Exponent!),
            ["kty"] = "RSA",
            ["n"] = Base64Url(p.Modulus!),
        };
        // The key id is the key's RFC 7638 thumbprint, so it names the key and nothing else.
        var kid = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(jwkCore.ToJsonString())));
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = kid,
            ["use"] = "sig",
            ["alg"] = Algorithm,
            ["n"] = jwkCore["n"]!.GetValue<string>(),
            ["e"] = jwkCore["e"]!.GetValue<string>(),
        };
        key = new SigningKey
        {
            Id = kid,
            Algorithm = Algorithm,
            PublicJwk = jwk.ToJsonString(),
            CreatedAt = clock.GetUtcNow(),
            ProtectedPrivateKey = Protector.Protect(Convert.ToBase64String(rsa.ExportRSAPrivateKey())),
        };
        // Two first signatures at the same instant make two keys: both are published and both verify, so that is
        // harmless.
        db.SigningKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return key;
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
