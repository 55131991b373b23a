using Naas.Domain.Endorsement;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Naas.Web.Pages.Me;

public class MeModel(WorkforceService workforce) : NaasPage
{
    public PersonView? View { get; private set; }
    public string NextStep { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await workforce.PersonAsync(User.SocialWorkerId() ?? Guid.Empty, null, ct);
        if (View is null) return NotFound();
        NextStep = View.Endorsements.FirstOrDefault(e => EndorsementTransitions.IsOpen(e.State)) switch
        {
            { State: EndorsementState.AwaitingAgreement } e => $"{e.Organisation!.Name} has endorsed you. Decide whether you agree to be put forward for assessment. Saying no is recorded without penalty.",
            { State: EndorsementState.Agreed, FreshAttemptReviewId: not null } e => $"An independent review granted you a fresh attempt at {Features.Assessment.ResultsService.Taken(e)}. Your other results are kept. Book when you are ready.",
            { State: EndorsementState.Agreed, SingleElementRetake: { } one } => $"You have agreed to be put forward to retake the {one} element. Your other results are kept (¶75).",
            { State: EndorsementState.Agreed } => "You have agreed to be put forward. You will be told when you can book your assessment.",
            { State: EndorsementState.InAssessment } => "Your assessment is under way.",
            _ => View.Eligibility?.IsEligible == true
                ? "You are eligible. Your employer decides when to endorse you; talk to your manager if you feel ready."
                : "Your employer will endorse you when you are eligible and they judge you are ready.",
        };
        return Page();
    }
}
