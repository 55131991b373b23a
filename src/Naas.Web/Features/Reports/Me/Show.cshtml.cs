using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reports.Me;

/// <summary>The candidate's own feedback report, on screen and as a PDF.</summary>
public class ShowModel(ReportService reports) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public AssessmentReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Report = await reports.ForCandidateAsync(User.SocialWorkerId() ?? Guid.Empty, Id, ct)) is null
            ? NotFound()
            : Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await reports.ForCandidateAsync(User.SocialWorkerId() ?? Guid.Empty, Id, ct) is { } r
            ? File(
                reports.Pdf(r),
                "application/pdf",
                $"assessment-report-{r.RegistrationNumber}-{r.Release.ReleasedAt:yyyy-MM-dd}.pdf"
            )
            : NotFound();
}
