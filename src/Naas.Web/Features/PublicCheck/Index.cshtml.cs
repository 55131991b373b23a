using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.PublicCheck;

/// <summary>Anyone (an employer, a court, a family) can check a social worker's accreditation, by registration
/// number and surname or by certificate number. Rate-limited, and it never says which detail was wrong.</summary>
[AllowAnonymous, EnableRateLimiting("public-check")]
public class CheckModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    [BindProperty(SupportsGet = true)]
    public string? RegistrationNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Surname { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CertificateNumber { get; set; }

    [FromRoute]
    public string? Number { get; set; }
    public List<PublicAccreditationRow>? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Number is not null)
            CertificateNumber = Number;
        // Empty fields bind as null, so which form was sent is read from the query itself.
        var sentCertificate = Number is not null || Request.Query.ContainsKey(nameof(CertificateNumber));
        if (
            !sentCertificate
            && !Request.Query.ContainsKey(nameof(RegistrationNumber))
            && !Request.Query.ContainsKey(nameof(Surname))
        )
            return Page();
        if (sentCertificate && string.IsNullOrWhiteSpace(CertificateNumber))
        {
            ModelState.AddModelError(nameof(CertificateNumber), "Enter the certificate number, like NAAS-ABCDE-23456");
            return Page();
        }
        if (!string.IsNullOrWhiteSpace(CertificateNumber))
        {
            var number = CertificateNumber.Trim().ToUpperInvariant();
            Found = Project(await Everyone().Where(a => a.CertificateNumber == number).ToListAsync(ct));
        }
        else
        {
            if (!Naas.Domain.Workforce.RegistrationNumber.TryNormalise(RegistrationNumber, out var reg))
                ModelState.AddModelError(
                    nameof(RegistrationNumber),
                    Naas.Domain.Workforce.RegistrationNumber.FormatHint
                );
            if (string.IsNullOrWhiteSpace(Surname))
                ModelState.AddModelError(nameof(Surname), "Enter the social worker's surname");
            if (!ModelState.IsValid)
                return Page();
            var surname = Surname!.Trim().ToLower();
            Found = Project(
                await Everyone()
                    .Where(a =>
                        a.SocialWorker!.RegistrationNumber == reg && a.SocialWorker.FamilyName.ToLower() == surname
                    )
                    .ToListAsync(ct)
            );
        }
        return Page();
    }

    // The public reads across everyone's record, so the filters that scope signed-in users do not apply; only the
    // public fields leave this query.
    private IQueryable<Naas.Data.Entities.Accreditation> Everyone() =>
        db.Accreditations.IgnoreQueryFilters().AsNoTracking().Include(a => a.SocialWorker);

    // The reason for a suspension or revocation stays on the record; only the standing is public.
    private List<PublicAccreditationRow> Project(List<Naas.Data.Entities.Accreditation> found) =>
        found
            .OrderByDescending(a => a.AwardedOn)
            .Select(a =>
            {
                var standing = Naas.Web.Features.Accreditations.Standings.StandingOf(a, clock.Today());
                return new PublicAccreditationRow(
                    a.SocialWorker!.GivenName + " " + a.SocialWorker.FamilyName,
                    a.SocialWorker.FamilyName,
                    a.SocialWorker.RegistrationNumber,
                    a.Level,
                    a.AwardedOn,
                    standing == Naas.Web.Features.Accreditations.Standing.Current,
                    a.CertificateNumber,
                    Naas.Web.Features.Accreditations.Standings.Words(standing, a)
                );
            })
            .ToList();
}

/// <summary>What the public check reads: the name to confirm who it is, status, level, date and whether it is
/// current.</summary>
public sealed record PublicAccreditationRow(
    string Name,
    string FamilyName,
    string RegistrationNumber,
    StatusLevel Level,
    DateOnly AwardedOn,
    bool IsCurrent,
    string? CertificateNumber,
    string Standing = "Current"
);
