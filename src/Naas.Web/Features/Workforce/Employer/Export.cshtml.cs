using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Employer;

/// <summary>The workforce file (the same columns as the import) and the empty template.</summary>
public class ExportModel(WorkforceExport export, TimeProvider clock) : NaasPage
{
    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct) =>
        File(
            format == "xlsx"
                ? WorkforceFile.ToXlsx(await export.ExportRowsAsync(OrganisationId, ct))
                : WorkforceFile.ToCsv(await export.ExportRowsAsync(OrganisationId, ct)),
            format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
            $"workforce-{clock.Today():yyyy-MM-dd}.{(format == "xlsx" ? "xlsx" : "csv")}"
        );
}
