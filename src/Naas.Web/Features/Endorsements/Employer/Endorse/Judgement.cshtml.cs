using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Features.Endorsements.Employer.Endorse;

public class JudgementModel(WorkforceViews workforce, NaasDbContext db, TimeProvider clock, PolicyStore policies)
    : EndorseStep(workforce, db, clock)
{
    [BindProperty]
    public string? Judgement { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? ExceptionReason { get; set; }
    public EligibilityDecision? Eligibility { get; private set; }

    private async Task<bool> PrepareAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || State.Level is null)
            return false;
        var person = await Db.SocialWorkers.FindAsync([Id], ct);
        await Db.Entry(person!).Collection(p => p.Engagements).LoadAsync(ct);
        Eligibility = Workforce.Decide(person!, State.Level.Value, OrganisationId, await policies.CurrentAsync(ct));
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct))
            return Person is null ? NotFound() : Redirect(EndorsementsLinks.EmployerEndorseStatus(Id));
        (Judgement, Evidence, ExceptionReason) = (State.Judgement, State.Evidence, State.ExceptionReason);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct))
            return Person is null ? NotFound() : Redirect(EndorsementsLinks.EmployerEndorseStatus(Id));
        if (string.IsNullOrWhiteSpace(Judgement))
            ModelState.AddModelError(
                nameof(Judgement),
                "Enter your judgement of how their practice meets the standard"
            );
        else if (Judgement.Length > EndorsementRule.MaxTextLength)
            ModelState.AddModelError(
                nameof(Judgement),
                $"Your judgement must be {EndorsementRule.MaxTextLength:N0} characters or fewer"
            );
        if (string.IsNullOrWhiteSpace(Evidence))
            ModelState.AddModelError(
                nameof(Evidence),
                "Enter the evidence you relied on, like supervision records or case audits"
            );
        else if (Evidence.Length > EndorsementRule.MaxTextLength)
            ModelState.AddModelError(
                nameof(Evidence),
                $"The evidence must be {EndorsementRule.MaxTextLength:N0} characters or fewer"
            );
        if (Eligibility is { IsEligible: false } && string.IsNullOrWhiteSpace(ExceptionReason))
            ModelState.AddModelError(
                nameof(ExceptionReason),
                "Enter why you are endorsing them before they are eligible"
            );
        else if (Eligibility is { IsEligible: false } && ExceptionReason!.Length > EndorsementRule.MaxReasonLength)
            ModelState.AddModelError(
                nameof(ExceptionReason),
                $"The reason for an exception must be {EndorsementRule.MaxReasonLength:N0} characters or fewer"
            );
        // Keep what was typed even when there are errors, so leaving and coming back loses nothing.
        (State.Judgement, State.Evidence, State.ExceptionReason) = (
            Judgement,
            Evidence,
            Eligibility is { IsEligible: false } ? ExceptionReason : null
        );
        await SaveAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        return Redirect(EndorsementsLinks.EmployerEndorseCheck(Id));
    }
}
