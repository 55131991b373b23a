using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Employer;

public class TemplateModel : NaasPage
{
    public IActionResult OnGet(string? format) =>
        format == "xlsx"
            ? File(
                WorkforceFile.ToXlsx([WorkforceFile.ExampleRow]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "workforce-template.xlsx"
            )
            : File(WorkforceFile.ToCsv([WorkforceFile.ExampleRow]), "text/csv", "workforce-template.csv");
}
