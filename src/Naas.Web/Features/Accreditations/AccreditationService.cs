using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations;

/// <summary>An accreditation's standing today, as anyone may be told it.</summary>
public enum Standing
{
    Current = 1,
    Suspended = 2,
    Revoked = 3,
    Lapsed = 4,
    Ended = 5,
}

/// <summary>After accreditation: suspension (which may be lifted) and revocation (final), each with a reason kept on
/// the record and audited in the same transaction; the published status lists a verifier checks a credential against
/// (W3C Bitstring Status List: one list for revocation, one for suspension); and re-accreditation reminders.</summary>
public sealed class AccreditationService(
    NaasDbContext db,
    CredentialSigner signer,
    CertificateService certificates,
    PolicyStore policy,
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

    public static Standing StandingOf(Accreditation a, DateOnly today) =>
        a.RevokedAt is not null ? Standing.Revoked
        : a.SuspendedAt is not null ? Standing.Suspended
        : !a.IsCurrent ? Standing.Ended
        : a.ReaccreditationDue is { } due && due < today ? Standing.Lapsed
        : Standing.Current;

    public static string Words(Standing s, Accreditation a) =>
        s switch
        {
            Standing.Current => "Current",
            Standing.Suspended => "Suspended",
            Standing.Revoked => "Revoked",
            Standing.Lapsed => $"Lapsed: re-accreditation was due on {a.ReaccreditationDue:d MMMM yyyy}",
            _ => "No longer held",
        };

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

    /// <summary>The programme's search: by certificate number, registration number or surname.</summary>
    public async Task<List<Accreditation>> SearchAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
            return [];
        var term = q.Trim().ToUpperInvariant();
        var lower = q.Trim().ToLowerInvariant();
        return await db
            .Accreditations.AsNoTracking()
            .Include(a => a.SocialWorker)
            .Where(a =>
                a.CertificateNumber == term
                || a.SocialWorker!.RegistrationNumber == term
                || a.SocialWorker.FamilyName.ToLower() == lower
            )
            .OrderBy(a => a.SocialWorker!.FamilyName)
            .ThenByDescending(a => a.AwardedOn)
            .Take(100)
            .ToListAsync(ct);
    }

    /// <summary>The most recently awarded accreditations, for the programme's list before it searches.</summary>
    public Task<List<Accreditation>> LatestAsync(int count, CancellationToken ct) =>
        db
            .Accreditations.AsNoTracking()
            .Include(a => a.SocialWorker)
            .OrderByDescending(a => a.AwardedOn)
            .ThenBy(a => a.SocialWorker!.FamilyName)
            .Take(count)
            .ToListAsync(ct);

    public Task<Accreditation?> FindAsync(Guid id, CancellationToken ct) =>
        db.Accreditations.AsNoTracking().Include(a => a.SocialWorker).SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>What may be done to an accreditation now.</summary>
    public static IReadOnlyList<string> Actions(Accreditation a) =>
        a.RevokedAt is not null ? []
        : a.SuspendedAt is not null ? ["Lift", "Revoke"]
        : ["Suspend", "Revoke"];

    /// <summary>Suspends, lifts a suspension or revokes, with the reason, audited; the social worker is told.</summary>
    public async Task<List<(string Field, string Message)>> ChangeAsync(
        Guid id,
        string? action,
        string? reason,
        CancellationToken ct
    )
    {
        var a = await db.Accreditations.Include(x => x.SocialWorker).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return [("", "There is no such accreditation")];
        var problems = new List<(string, string)>();
        if (action is null || !Actions(a).Contains(action))
            problems.Add(
                (
                    "Action",
                    a.RevokedAt is not null
                        ? "This accreditation has been revoked. Revocation is final"
                        : "Select what to do"
                )
            );
        if (string.IsNullOrWhiteSpace(reason))
            problems.Add(("Reason", "Enter the reason: it is kept on the record and sent to the social worker"));
        else if (reason.Trim().Length > 1000)
            problems.Add(("Reason", "The reason must be 1,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var now = clock.GetUtcNow();
        var why = reason!.Trim();
        var level = a.Level.Name();
        switch (action)
        {
            case "Suspend":
                a.SuspendedAt = now;
                break;
            case "Lift":
                a.SuspendedAt = null;
                break;
            default:
                a.RevokedAt = now;
                a.SuspendedAt = null;
                a.IsCurrent = false;
                break;
        }
        a.StatusReason = why;
        var standing = action switch
        {
            "Suspend" => AccreditationStanding.Suspended,
            "Lift" => AccreditationStanding.SuspensionLifted,
            _ => AccreditationStanding.Revoked,
        };
        db.Record(
            new AccreditationStandingChanged(
                a.Id,
                a.SocialWorkerId,
                a.SocialWorker!.RegistrationNumber,
                a.Level,
                standing,
                why
            )
        );
        db.Email(
            clock,
            a.SocialWorker.Email,
            action switch
            {
                "Suspend" => $"Your {level} accreditation has been suspended",
                "Lift" => $"The suspension of your {level} accreditation has been lifted",
                _ => $"Your {level} accreditation has been revoked",
            },
            $"Dear {a.SocialWorker.GivenName},\n\nThe reason given:\n{why}\n\nThe public check and your digital credential now show this. "
                + "If you think this is wrong, reply to this email and tell us why.\n"
        );
        await db.SaveChangesAsync(ct);
        return [];
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
                ? EncodeValues(marked.Select(a => (a.Index, a.Revoked ? 2 : 1)), MessageStatusSize)
                : Encode(marked.Where(a => purpose == "revocation" ? a.Revoked : a.Suspended).Select(a => a.Index));
        var url = $"{certificates.ServiceUrl}/credentials/status/{purpose}";
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

    /// <summary>Multibase ("u", base64url without padding) of the GZIP-compressed bitstring.</summary>
    public static string Encode(IEnumerable<int> setIndexes) => EncodeValues(setIndexes.Select(i => (i, 1)), 1);

    /// <summary>A list of <paramref name="size"/>-bit entries, entry i at bits i·size to i·size+size−1 counted from the
    /// first byte's most significant bit, each holding its value (W3C Bitstring Status List, statusSize).</summary>
    public static string EncodeValues(IEnumerable<(int Index, int Value)> entries, int size)
    {
        var bits = new byte[StatusListLength * size / 8];
        foreach (var (index, value) in entries)
            for (var b = 0; b < size; b++)
                if ((value >> (size - 1 - b) & 1) == 1)
                {
                    var bit = index * size + b;
                    bits[bit / 8] |= (byte)(0x80 >> (bit % 8));
                }
        return Compress(bits);
    }

    /// <summary>The value of entry <paramref name="index"/> in an encoded list of <paramref name="size"/>-bit entries:
    /// what a verifier reads.</summary>
    public static int ValueAt(string encodedList, int index, int size)
    {
        var b64 = encodedList[1..].Replace('-', '+').Replace('_', '/');
        b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(b64)), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        var bytes = raw.ToArray();
        var value = 0;
        for (var b = 0; b < size; b++)
        {
            var bit = index * size + b;
            value = value << 1 | ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0 ? 1 : 0);
        }
        return value;
    }

    private static string Compress(byte[] bits)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bits);
        return "u" + CredentialSigner.Base64Url(output.ToArray());
    }

    /// <summary>Whether bit i is set in an encoded list: what a verifier does, used by the tests and the
    /// docs.</summary>
    public static bool IsSet(string encodedList, int index)
    {
        var b64 = encodedList[1..].Replace('-', '+').Replace('_', '/');
        b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(b64)), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return (bits.ToArray()[index / 8] & (0x80 >> (index % 8))) != 0;
    }

    /// <summary>Reminds each social worker whose re-accreditation falls due within the set number of days, once per due
    /// date, by email (with their current employers copied), audited. Returns how many were reminded.</summary>
    public async Task<int> SendRemindersAsync(CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        var horizon = today.AddDays(rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationReminderDays));
        var due = await db
            .Accreditations.IgnoreQueryFilters()
            .Include(a => a.SocialWorker!)
                .ThenInclude(p => p.Engagements)
            .Where(a =>
                a.IsCurrent
                && a.RevokedAt == null
                && a.ReaccreditationDue != null
                && a.ReaccreditationDue <= horizon
                && (a.ReminderSentFor == null || a.ReminderSentFor != a.ReaccreditationDue)
            )
            .Take(500)
            .ToListAsync(ct);
        var current = due.ToDictionary(
            a => a.Id,
            a => a.SocialWorker!.Engagements.Where(e => e.IsCurrent(today)).Select(e => e.OrganisationId).ToHashSet()
        );
        // One query for every employer's accounts, not one per social worker.
        var organisations = current.Values.SelectMany(x => x).Distinct().ToList();
        var accounts = await db
            .Users.Where(u =>
                u.OrganisationId != null && u.Email != null && organisations.Contains(u.OrganisationId.Value)
            )
            .Select(u => new { OrganisationId = u.OrganisationId!.Value, Email = u.Email! })
            .ToListAsync(ct);
        foreach (var a in due)
        {
            a.ReminderSentFor = a.ReaccreditationDue;
            var when = a.ReaccreditationDue!.Value.ToString("d MMMM yyyy");
            var route = Route(rules);
            db.Record(
                new ReaccreditationReminderSent(
                    a.Id,
                    a.SocialWorkerId,
                    a.SocialWorker!.RegistrationNumber,
                    a.Level,
                    a.ReaccreditationDue.Value
                )
            );
            db.Email(
                clock,
                a.SocialWorker.Email,
                $"Your {a.Level.Name()} re-accreditation is due on {when}",
                $"Dear {a.SocialWorker.GivenName},\n\nYour accreditation as a {a.Level.Name()} is due for re-accreditation on {when}. {route}\n\nSign in to see where you stand.\n"
            );
            foreach (
                var email in accounts
                    .Where(u => current[a.Id].Contains(u.OrganisationId))
                    .Select(u => u.Email)
                    .Distinct()
            )
                db.Email(
                    clock,
                    email,
                    $"A social worker's re-accreditation is due on {when}",
                    $"{a.SocialWorker.GivenName} {a.SocialWorker.FamilyName} ({a.SocialWorker.RegistrationNumber}) is due for re-accreditation as a {a.Level.Name()} on {when}. {route}\n"
                );
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    /// <summary>The light-touch route in force (¶77–78), in words, from the settings.</summary>
    public static string Route(Domain.Eligibility.EligibilityPolicy rules)
    {
        var parts = new List<string>();
        var hours = rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationCpdHours);
        if (hours > 0)
            parts.Add($"{hours} hours of continuing professional development logged against the standards");
        if (rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationEndorsement) == 1)
            parts.Add("your employer's endorsement");
        if (rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationShortAssessment) == 1)
            parts.Add("a short assessment");
        return parts.Count == 0
            ? "No evidence is needed at present."
            : $"Re-accreditation needs {string.Join(", ", parts[..^1])}{(parts.Count > 1 ? " and " : "")}{parts[^1]}.";
    }
}

/// <summary>Sends re-accreditation reminders once a day.</summary>
public sealed class ReminderProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderProcessor> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope
                    .ServiceProvider.GetRequiredService<AccreditationService>()
                    .SendRemindersAsync(stoppingToken);
                if (sent > 0)
                    log.LogInformation("Sent {Count} re-accreditation reminders", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Re-accreditation reminders failed; trying again tomorrow");
            }
            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
        }
    }
}
