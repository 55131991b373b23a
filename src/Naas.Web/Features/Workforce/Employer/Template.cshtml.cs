using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Employer;

public class TemplateModel : NaasPage
{
    public IActionResult OnGet(string? format) =>
        format == "xlsx"
            ? File(
                WorkforceImporter.ToXlsx([WorkforceImporter.ExampleRow]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "workforce-template.xlsx"
            )
            : File(WorkforceImporter.ToCsv([WorkforceImporter.ExampleRow]), "text/csv", "workforce-template.csv");
}
