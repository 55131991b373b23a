using Naas.Domain.Workforce;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.Accreditations;

/// <summary>What a verifier needs, open to anyone: the service's public keys, its issuer profile, the achievements it
/// awards, and each credential's id resolving to the public check.</summary>
public static class CredentialEndpoints
{
    public static void MapCredentials(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/.well-known/jwks.json",
                async (CredentialSigner signer, HttpContext http, CancellationToken ct) =>
                {
                    http.Response.Headers.CacheControl = "public, max-age=3600";
                    return HttpResults.Json(await signer.KeySetAsync(ct), contentType: "application/jwk-set+json");
                }
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        // Each key at its own address: a credential's header names its key by this URL ("kid"), which dereferences to
        // the JWK.
        app.MapGet(
                "/credentials/keys/{id}",
                async (string id, CredentialSigner signer, HttpContext http, CancellationToken ct) =>
                {
                    http.Response.Headers.CacheControl = "public, max-age=3600";
                    return await signer.KeyAsync(id, ct) is { } jwk
                        ? HttpResults.Json(jwk, contentType: "application/jwk+json")
                        : HttpResults.Problem(
                            statusCode: 404,
                            title: "There is no such key",
                            detail: $"The service's keys are listed at {CredentialLinks.Jwks()}."
                        );
                }
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet(
                "/credentials/issuer",
                (CertificateService certificates) =>
                    HttpResults.Json(Profile(certificates), contentType: "application/ld+json")
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet(
                "/credentials/achievements/{level}",
                (string level, CertificateService certificates) =>
                    Enum.TryParse<StatusLevel>(level, ignoreCase: true, out var l)
                    && Enum.IsDefined(l)
                    && !int.TryParse(level, out _)
                        ? HttpResults.Json(certificates.Achievement(l), contentType: "application/ld+json")
                        : HttpResults.Problem(
                            statusCode: 404,
                            title: "There is no such achievement",
                            detail: "Achievements are practitioner, supervisor and leader."
                        )
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet(
                "/credentials/status/{purpose}",
                async (string purpose, StatusLists lists, HttpContext http, CancellationToken ct) =>
                {
                    if (!StatusLists.Purposes.Contains(purpose))
                        return HttpResults.Problem(
                            statusCode: 404,
                            title: "There is no such status list",
                            detail: "The status lists are message (the one credentials name), revocation and suspension."
                        );
                    http.Response.Headers.CacheControl = "public, max-age=300";
                    return HttpResults.Text(await lists.StatusListCredentialAsync(purpose, ct), "application/vc+jwt");
                }
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet("/credentials/{number}", (string number) => HttpResults.Redirect(PublicCheckLinks.Check(number)))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static System.Text.Json.Nodes.JsonObject Profile(CertificateService certificates)
    {
        var profile = certificates.Issuer();
        profile["@context"] = new System.Text.Json.Nodes.JsonArray(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        );
        return profile;
    }
}
