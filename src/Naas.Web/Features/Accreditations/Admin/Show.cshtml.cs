using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Features.Reaccreditations;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Accreditations.Admin;

/// <summary>Suspending, lifting a suspension, or revoking an accreditation, always with a reason.</summary>
public class ShowModel(
    AccreditationSearch accreditations,
    StandingChanges standings,
    ShortAssessments shortAssessments,
    TimeProvider clock
) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Score { get; set; }

    [BindProperty]
    public string? Max { get; set; }

    [BindProperty]
    public string? PassMark { get; set; }
    public Accreditation? Accreditation { get; private set; }

    /// <summary>A re-accreditation of this one waiting for its short assessment's mark, if any.</summary>
    public Reaccreditation? AwaitingMark { get; private set; }
    public DateOnly Today => clock.Today();
    public List<Choice> Choices =>
        Standings
            .Actions(Accreditation!)
            .Select(a =>
                a switch
                {
                    "Suspend" => new Choice(
                        a,
                        "Suspend it",
                        "While a concern is looked into. The suspension can be lifted."
                    ),
                    "Lift" => new Choice(a, "Lift the suspension"),
                    _ => new Choice(a, "Revoke it", "Final: the social worker would need to be accredited again."),
                }
            )
            .ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if ((Accreditation = await accreditations.FindAsync(Id, ct)) is null)
            return false;
        AwaitingMark = (await shortAssessments.AwaitingShortAssessmentAsync(ct, Id)).Select(x => x.R).FirstOrDefault();
        return true;
    }

    public async Task<IActionResult> OnPostShortAssessmentAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || AwaitingMark is null)
            return NotFound();
        var problems = await shortAssessments.RecordShortAssessmentAsync(AwaitingMark.Id, Score, Max, PassMark, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success("Short assessment recorded. The social worker has been told the outcome.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var problems = await standings.ChangeAsync(Id, Action, Reason, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success(
            "Done. The public check and the credential status lists show it now, and the social worker has been told."
        );
        return RedirectToPage();
    }
}
