using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Eligibility.Me;

public class MeModel(WorkforceViews workforce) : NaasPage
{
    public PersonView? View { get; private set; }
    public string NextStep { get; private set; } = "";

    /// <summary>The accreditation the person holds now, if any (suspended ones included, so they are told).</summary>
    public Naas.Data.Entities.Accreditation? Held { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await workforce.PersonAsync(User.SocialWorkerId() ?? Guid.Empty, null, ct);
        if (View is null)
            return NotFound();
        Held = View
            .Person.Accreditations.Where(a => a.IsCurrent || a.SuspendedAt is not null && a.RevokedAt is null)
            .OrderByDescending(a => a.Level)
            .ThenByDescending(a => a.AwardedOn)
            .FirstOrDefault();
        NextStep = View.Endorsements.FirstOrDefault(e => EndorsementTransitions.IsOpen(e.State)) switch
        {
            { State: EndorsementState.AwaitingAgreement } e =>
                $"{e.Organisation!.Name} has endorsed you. Decide whether you agree to be put forward for assessment. Saying no is recorded without penalty.",
            { State: EndorsementState.Agreed, FreshAttemptReviewId: not null } e =>
                $"An independent review granted you a fresh attempt at {Naas.Web.Features.Results.AssessmentViews.Taken(e)}. Your other results are kept. Book when you are ready.",
            { State: EndorsementState.Agreed, SingleElementRetake: { } one } =>
                $"You have agreed to be put forward to retake the {Words.Element(one).ToLowerInvariant()} element. Your other results are kept.",
            { State: EndorsementState.Agreed } =>
                "You have agreed to be put forward. You will be told when you can book your assessment.",
            { State: EndorsementState.InAssessment } => "Your assessment is under way.",
            _ when Held is { SuspendedAt: not null } =>
                "Your accreditation is suspended while the national programme looks into something. It has not been taken away. We will write to you; contact us if you have questions.",
            _ when Held is { } a => a.ReaccreditationDue is { } due
                ? $"Keep your CPD log up to date. Your re-accreditation is due by {EligibilityRule.Date(due)}; we remind you and your employer beforehand."
                : "Keep your CPD log up to date for when re-accreditation comes round.",
            _ => View.Eligibility?.IsEligible == true
                ? "You are eligible. Your employer decides when to endorse you; talk to your manager if you feel ready."
                : "Your employer will endorse you when you are eligible and they judge you are ready.",
        };
        return Page();
    }
}
