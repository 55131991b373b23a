using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Naas.Data;

namespace Naas.Web.Infrastructure;

/// <summary>Per-organisation API credentials: "Authorization: Bearer naas_{prefix}_{secret}". Only a SHA-256 of
/// the secret is stored; comparison is constant-time.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    NaasDbContext db
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            return AuthenticateResult.NoResult();
        if (!ApiKeys.TryParse(header["Bearer ".Length..].Trim(), out var prefix, out var secret))
            return AuthenticateResult.Fail("The API key is not in the expected format.");
        var credential = await db
            .ApiCredentials.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(c => c.Prefix == prefix && c.RevokedAt == null)
            .Select(c => new
            {
                c.Id,
                c.OrganisationId,
                c.SecretHash,
                c.Name,
                OrganisationName = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
            })
            .SingleOrDefaultAsync();
        if (
            credential is null
            || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(ApiKeys.Hash(secret)),
                Encoding.ASCII.GetBytes(credential.SecretHash)
            )
        )
            return AuthenticateResult.Fail("The API key is not recognised or has been revoked.");
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, credential.Id.ToString()),
                new Claim(ClaimTypes.Role, NaasClaims.ApiClient),
                new Claim(NaasClaims.Organisation, credential.OrganisationId.ToString()),
                new Claim(NaasClaims.DisplayName, $"API: {credential.Name} ({credential.OrganisationName})"),
            ],
            SchemeName
        );
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

public static class ApiKeys
{
    public static (string Key, string Prefix, string Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert
            .ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-')
            .Replace('/', '_')
            .TrimEnd('=');
        return ($"naas_{prefix}_{secret}", prefix, Hash(secret));
    }

    public static bool TryParse(string key, out string prefix, out string secret)
    {
        prefix = secret = "";
        var parts = key.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "naas" || parts[1].Length != 12 || parts[2].Length < 20)
            return false;
        (prefix, secret) = (parts[1], parts[2]);
        return true;
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
