using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reports.Employer;

/// <summary>An individual's report, for the employer that endorsed them, only while the individual shares it.</summary>
public class ReportModel(ReportService reports) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public AssessmentReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Report = await reports.ForEmployerAsync(OrganisationId, Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await reports.ForEmployerAsync(OrganisationId, Id, ct) is { } r
            ? File(
                reports.Pdf(r),
                "application/pdf",
                $"assessment-report-{r.RegistrationNumber}-{r.Release.ReleasedAt:yyyy-MM-dd}.pdf"
            )
            : NotFound();
}
