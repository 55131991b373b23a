using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations.Me;

/// <summary>A social worker's certificate: as a PDF to print or share, and as a signed Open Badges credential for a
/// digital wallet or professional profile.</summary>
public class ShowModel(CertificateService certificates) : NaasPage
{
    [FromRoute]
    public string Number { get; set; } = "";
    public Certificate? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Certificate = await certificates.FindAsync(User.SocialWorkerId() ?? Guid.Empty, Number, ct);
        return Certificate is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await certificates.FindAsync(User.SocialWorkerId() ?? Guid.Empty, Number, ct) is { } c
            ? File(certificates.Pdf(c), "application/pdf", $"certificate-{c.Number}.pdf")
            : NotFound();

    public async Task<IActionResult> OnGetCredentialAsync(CancellationToken ct) =>
        await certificates.FindAsync(User.SocialWorkerId() ?? Guid.Empty, Number, ct) is { } c
            ? File(
                System.Text.Encoding.ASCII.GetBytes(await certificates.CredentialAsync(c, ct)),
                "application/vc+jwt",
                $"credential-{c.Number}.jwt"
            )
            : NotFound();
}
