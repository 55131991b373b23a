using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations;

/// <summary>The published status lists a verifier checks a credential against (W3C Bitstring Status List: one list
/// for revocation, one for suspension, and the two-bit message list a credential names), and each accreditation's
/// place in them.</summary>
public sealed class StatusLists(
    NaasDbContext db,
    CredentialSigner signer,
    CertificateService certificates,
    TimeProvider clock
)
{
    /// <summary>Entries in each status list: the specification's minimum of 16 KB, so no one's place stands
    /// out.</summary>
    public const int StatusListLength = 131_072;
    public static readonly string[] Purposes = ["revocation", "suspension", MessagePurpose];

    /// <summary>The one list a credential names: two bits per accreditation, 0 in force, 1 suspended, 2
    /// revoked.</summary>
    public const string MessagePurpose = "message";
    public const int MessageStatusSize = 2;
    public static readonly (string Status, string Message)[] StatusMessages =
    [
        ("0x0", "in force"),
        ("0x1", "suspended"),
        ("0x2", "revoked"),
    ];

    /// <summary>A place in the status lists nobody else holds, chosen at random so places say nothing about
    /// order.</summary>
    public static async Task<int> AllocateStatusIndexAsync(NaasDbContext db, CancellationToken ct)
    {
        for (var i = 0; i < 50; i++)
        {
            var candidate = RandomNumberGenerator.GetInt32(StatusListLength);
            if (!await db.Accreditations.IgnoreQueryFilters().AnyAsync(a => a.StatusListIndex == candidate, ct))
                return candidate;
        }
        throw new InvalidOperationException("The status lists are nearly full: start a second list.");
    }

    /// <summary>The status list for one purpose as a signed BitstringStatusListCredential (JWT): bit i is set when
    /// the accreditation at index i is revoked (or suspended). Index 0 is the first byte's most significant
    /// bit.</summary>
    public async Task<string> StatusListCredentialAsync(string purpose, CancellationToken ct)
    {
        // A public list across everyone: only the places leave this query.
        var marked = await db
            .Accreditations.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.StatusListIndex != null && (a.RevokedAt != null || a.SuspendedAt != null))
            .Select(a => new
            {
                Index = a.StatusListIndex!.Value,
                Revoked = a.RevokedAt != null,
                Suspended = a.SuspendedAt != null,
            })
            .ToListAsync(ct);
        var encoded =
            purpose == MessagePurpose
                ? BitstringStatusList.EncodeValues(marked.Select(a => (a.Index, a.Revoked ? 2 : 1)), MessageStatusSize)
                : BitstringStatusList.Encode(
                    marked.Where(a => purpose == "revocation" ? a.Revoked : a.Suspended).Select(a => a.Index)
                );
        var url = ServiceAddress.Absolute(certificates.ServiceUrl, CredentialLinks.StatusList(purpose));
        var now = clock.GetUtcNow();
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = certificates.IssuerId,
            ["validFrom"] = now.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            // Verifiers fetch a fresh list at least daily.
            ["validUntil"] = now.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{url}#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose,
                ["encodedList"] = encoded,
            },
            ["iss"] = certificates.IssuerId,
            ["jti"] = url,
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddDays(1).ToUnixTimeSeconds(),
        };
        return await signer.SignAsync(credential, ct);
    }
}
