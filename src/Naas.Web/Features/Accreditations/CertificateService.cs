using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using QRCoder;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Naas.Web.Features.Accreditations;

/// <summary>What a certificate says: who, which status, when, its number and where anyone can check it.</summary>
public sealed record Certificate(
    string Name,
    string RegistrationNumber,
    StatusLevel Level,
    DateOnly AwardedOn,
    string Number,
    string CheckUrl,
    bool IsCurrent,
    int? StatusListIndex = null,
    string Standing = "Current",
    Guid? SocialWorkerId = null
);

/// <summary>An accreditation's certificate, as a PDF with a verification link and QR code, and the same achievement
/// as an Open Badges 3.0 credential signed by the service (JWT proof, RS256).</summary>
public sealed class CertificateService(
    NaasDbContext db,
    CredentialSigner signer,
    IConfiguration config,
    TimeProvider clock
)
{
    public string ServiceUrl => (config["Service:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');
    public string IssuerId => ServiceAddress.Absolute(ServiceUrl, CredentialLinks.Issuer());

    public string AchievementId(StatusLevel level) =>
        ServiceAddress.Absolute(ServiceUrl, CredentialLinks.Achievement(level.ToString().ToLowerInvariant()));

    /// <summary>A social worker's own certificate, by its number.</summary>
    public async Task<Certificate?> FindAsync(Guid socialWorkerId, string number, CancellationToken ct)
    {
        var a = await db
            .Accreditations.AsNoTracking()
            .Include(x => x.SocialWorker)
            .SingleOrDefaultAsync(
                x => x.CertificateNumber == number.Trim().ToUpper() && x.SocialWorkerId == socialWorkerId,
                ct
            );
        if (a?.SocialWorker is null)
            return null;
        return new Certificate(
            $"{a.SocialWorker.GivenName} {a.SocialWorker.FamilyName}",
            a.SocialWorker.RegistrationNumber,
            a.Level,
            a.AwardedOn,
            a.CertificateNumber!,
            $"{ServiceUrl}{PublicCheckLinks.Check(a.CertificateNumber)}",
            Standings.StandingOf(a, Infrastructure.Clock.Today(clock)) == Standing.Current,
            a.StatusListIndex,
            Standings.Words(Standings.StandingOf(a, Infrastructure.Clock.Today(clock)), a),
            a.SocialWorkerId
        );
    }

    public static string Title(StatusLevel level) => $"Accredited {level.Name()}";

    /// <summary>An A4 landscape certificate, fonts embedded. The check address is printed, linked and given as a QR
    /// code (drawn as vector squares, so it stays sharp at any print size).</summary>
    public byte[] Pdf(Certificate c)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"{Title(c.Level)}: certificate {c.Number}";
        builder.DocumentInformation.Author = "National Assessment and Accreditation System";
        builder.DocumentInformation.Subject = $"Certificate of accreditation for {c.Name}";
        var regular = builder.AddTrueTypeFont(PdfFonts.Regular);
        var bold = builder.AddTrueTypeFont(PdfFonts.Bold);
        var page = builder.AddPage(PageSize.A4, isPortrait: false);
        var (w, h) = (page.PageSize.Width, page.PageSize.Height);

        page.SetStrokeColor(29, 112, 184);
        page.DrawRectangle(new PdfPoint(24, 24), w - 48, h - 48, 6);
        double Width(string text, double size, PdfDocumentBuilder.AddedFont font) =>
            Infrastructure.PdfReport.Width(page, text, size, font);
        void Centred(string text, double size, bool isBold, double fromTop, bool grey = false)
        {
            var font = isBold ? bold : regular;
            if (grey)
                page.SetTextAndFillColor(80, 90, 95);
            else
                page.SetTextAndFillColor(11, 12, 12);
            page.AddText(text, size, new PdfPoint((w - Width(text, size, font)) / 2, h - fromTop - size), font);
        }
        Centred("National Assessment and Accreditation System", 14, false, 60, grey: true);
        Centred("Certificate of accreditation", 30, true, 95);
        Centred("This certifies that", 14, false, 160, grey: true);
        Centred(c.Name, 28, true, 185);
        Centred($"Social Work England registration number {c.RegistrationNumber}", 13, false, 230, grey: true);
        Centred($"is accredited as a {c.Level.Name()}", 20, false, 265);
        Centred($"Awarded on {c.AwardedOn:d MMMM yyyy}", 14, false, 305);

        // The QR code, module by module, with its quiet zone left white.
        using var generator = new QRCodeGenerator();
        var matrix = generator.CreateQrCode(c.CheckUrl, QRCodeGenerator.ECCLevel.M).ModuleMatrix;
        const double qrSize = 110,
            left = 80,
            bottom = 80;
        var module = qrSize / matrix.Count;
        page.SetTextAndFillColor(0, 0, 0);
        page.SetStrokeColor(0, 0, 0);
        for (var row = 0; row < matrix.Count; row++)
        for (var col = 0; col < matrix[row].Count; col++)
            if (matrix[row][col])
                page.DrawRectangle(
                    new PdfPoint(left + col * module, bottom + qrSize - (row + 1) * module),
                    module,
                    module,
                    0,
                    fill: true
                );
        page.AddLink(c.CheckUrl, new PdfRectangle(left, bottom, left + qrSize, bottom + qrSize));

        var x = left + qrSize + 20;
        var top = bottom + qrSize;
        page.SetTextAndFillColor(11, 12, 12);
        page.AddText($"Certificate number {c.Number}", 12, new PdfPoint(x, top - 20), bold);
        page.SetTextAndFillColor(80, 90, 95);
        page.AddText("Check that this certificate is genuine and current at:", 11, new PdfPoint(x, top - 45), regular);
        page.SetTextAndFillColor(29, 112, 184);
        page.AddText(c.CheckUrl, 12, new PdfPoint(x, top - 65), regular);
        page.AddLink(c.CheckUrl, new PdfRectangle(x, top - 69, x + Width(c.CheckUrl, 12, regular), top - 53));
        page.SetTextAndFillColor(80, 90, 95);
        page.AddText(
            "or scan the code. The check shows whether the accreditation is current today.",
            11,
            new PdfPoint(x, top - 85),
            regular
        );
        return builder.Build();
    }

    /// <summary>The accreditation as an Open Badges 3.0 OpenBadgeCredential (Verifiable Credentials Data Model 2.0),
    /// signed as a JWT: the credential's members are the payload, with the registered claims iss, jti and
    /// nbf.</summary>
    public async Task<string> CredentialAsync(Certificate c, CancellationToken ct)
    {
        var validFrom = new DateTimeOffset(c.AwardedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var id = ServiceAddress.Absolute(ServiceUrl, CredentialLinks.Credential(c.Number));
        // The subject's id: stable for the person, saying nothing about them (VC-JWT's "sub" must be this).
        var subject = c.SocialWorkerId is { } who ? $"urn:uuid:{who}" : null;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
            ),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = Issuer(),
            ["validFrom"] = validFrom.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["name"] = Title(c.Level),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subject,
                ["type"] = new JsonArray("AchievementSubject"),
                // The public register's number identifies the person without putting more of them in the credential.
                ["identifier"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "IdentityObject",
                        ["identityType"] = "identifier",
                        ["hashed"] = false,
                        ["identityHash"] = c.RegistrationNumber,
                    }
                ),
                ["achievement"] = Achievement(c.Level),
            },
            ["evidence"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = new JsonArray("Evidence"),
                    ["id"] = c.CheckUrl,
                    ["name"] = "Public check of this accreditation",
                }
            ),
            ["iss"] = IssuerId,
            ["sub"] = subject,
            ["jti"] = id,
            ["nbf"] = validFrom.ToUnixTimeSeconds(),
        };
        if (subject is null)
        {
            ((JsonObject)credential["credentialSubject"]!).Remove("id");
            credential.Remove("sub");
        }
        // Where a verifier checks, from a list it may cache, that the accreditation has not been revoked or suspended
        // since: one entry (Open Badges 3.0 allows one), a two-bit "message" status whose values say which (0 in force,
        // 1 suspended, 2 revoked). The separate revocation and suspension lists stay published for credentials issued
        // before.
        if (c.StatusListIndex is { } index)
            credential["credentialStatus"] = new JsonObject
            {
                ["id"] =
                    $"{ServiceAddress.Absolute(ServiceUrl, CredentialLinks.StatusList(StatusLists.MessagePurpose))}#{index}",
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = StatusLists.MessagePurpose,
                ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["statusSize"] = StatusLists.MessageStatusSize,
                ["statusListCredential"] = ServiceAddress.Absolute(
                    ServiceUrl,
                    CredentialLinks.StatusList(StatusLists.MessagePurpose)
                ),
                ["statusMessage"] = new JsonArray(
                    StatusLists
                        .StatusMessages.Select(m =>
                            (JsonNode)new JsonObject { ["status"] = m.Status, ["message"] = m.Message }
                        )
                        .ToArray()
                ),
            };
        return await signer.SignAsync(credential, ct);
    }

    public JsonObject Issuer() =>
        new()
        {
            ["id"] = IssuerId,
            ["type"] = new JsonArray("Profile"),
            ["name"] = "National Assessment and Accreditation System",
            ["url"] = ServiceUrl,
            ["description"] = "Accreditation of child and family social workers in England.",
        };

    public JsonObject Achievement(StatusLevel level) =>
        new()
        {
            ["id"] = AchievementId(level),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Certification",
            ["name"] = Title(level),
            ["description"] =
                $"Accredited against the knowledge and skills statement for a {level.Name()} in child and family social work in England.",
            ["criteria"] = new JsonObject
            {
                ["narrative"] =
                    "Endorsed as ready by their employer, then passed every element of the national assessment for this status (knowledge test, simulated practice observed by trained assessors, and written and reflective exercises) against pass marks set by independent panels.",
            },
        };
}
