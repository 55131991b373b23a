using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Features.Credentials;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Pages.Admin.Accreditations;

/// <summary>Suspending, lifting a suspension, or revoking an accreditation, always with a reason.</summary>
public class ShowModel(AccreditationService accreditations, TimeProvider clock) : NaasPage
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public Accreditation? Accreditation { get; private set; }
    public DateOnly Today => clock.Today();
    public List<Choice> Choices => AccreditationService.Actions(Accreditation!).Select(a => a switch
    {
        "Suspend" => new Choice(a, "Suspend it", "While a concern is looked into. The suspension can be lifted."),
        "Lift" => new Choice(a, "Lift the suspension"),
        _ => new Choice(a, "Revoke it", "Final: the social worker would need to be accredited again."),
    }).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => (Accreditation = await accreditations.FindAsync(Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((Accreditation = await accreditations.FindAsync(Id, ct)) is null) return NotFound();
        var problems = await accreditations.ChangeAsync(Id, Action, Reason, ct);
        if (problems.Count > 0) { foreach (var (f, m) in problems) ModelState.AddModelError(f, m); return Page(); }
        Success("Done. The public check and the credential status lists show it now, and the social worker has been told.");
        return RedirectToPage();
    }
}
