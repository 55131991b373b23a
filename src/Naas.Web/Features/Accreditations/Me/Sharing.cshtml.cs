using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Features.Reports;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations.Me;

/// <summary>The social worker decides whether each employer that endorsed them may read their individual reports
/// (¶34), and can change their mind at any time.</summary>
public class SharingModel(ReportConsents reports) : NaasPage
{
    public List<(Guid OrganisationId, string Name, ReportConsent? Consent)> Employers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Employers = await reports.ConsentsAsync(User.SocialWorkerId() ?? Guid.Empty, ct);

    public async Task<IActionResult> OnPostAsync(Guid organisationId, bool share, CancellationToken ct)
    {
        if (
            await reports.SetConsentAsync(User.SocialWorkerId() ?? Guid.Empty, organisationId, share, ct) is { } problem
        )
        {
            ModelState.AddModelError("", problem);
            await OnGetAsync(ct);
            return Page();
        }
        Success(
            share
                ? "Your employer can now read your assessment reports."
                : "Your employer can no longer read your assessment reports."
        );
        return RedirectToPage();
    }
}
