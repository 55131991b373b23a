using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.Results;
using Naas.Web.Features.Accreditations;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results;

/// <summary>Releases an assessment's results with the outcome rules (¶74–76): completes the endorsement through its
/// transition, awards the status on a pass (<see cref="AccreditationAwarder"/>) and tells the candidate first, all
/// in one audited transaction.</summary>
public sealed class ResultsRelease(
    NaasDbContext db,
    AssessmentViews assessments,
    AccreditationAwarder awarder,
    PolicyStore policy,
    TimeProvider clock
)
{
    /// <summary>Releases every element's result together with the outcome, awarding the status on a pass.</summary>
    public async Task<(ResultRelease? Release, string? Problem)> ReleaseAsync(
        Guid endorsementId,
        string actor,
        CancellationToken ct
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct);
        if (view is null)
            return (null, "There is no such assessment");
        if (view.Release is not null)
            return (null, "These results have already been released");
        return await ReleaseViewAsync(
            view,
            actor,
            "Your results are ready",
            "Your results are ready. Sign in to see them, with feedback and what happens next.",
            ct
        );
    }

    /// <summary>Releases the results as the view has them: used for a first release and after a re-mark on review
    /// (once the release it replaces has been superseded).</summary>
    internal async Task<(ResultRelease? Release, string? Problem)> ReleaseViewAsync(
        AssessmentView view,
        string actor,
        string subject,
        string body,
        CancellationToken ct
    )
    {
        var endorsementId = view.Endorsement.Id;
        if (view.UnmarkedKnowledge is not null)
            return (null, "Mark the submitted knowledge test first");
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        // A retake's kept results were carried onto it when it was endorsed, so these are the combined results (¶75).
        var results = view.Elements.Where(x => x.Mark is not null).ToDictionary(x => x.Element, x => x.Mark!.Result);
        var outcome = OutcomeRules.Decide(
            view.Elements.Select(x => x.Element).ToList(),
            results,
            view.Endorsement.SingleElementRetake,
            today,
            new RetakeSettings(
                rules.Value(EligibilityPolicy.Keys.ElementRetakeWithinMonths),
                rules.Value(EligibilityPolicy.Keys.WholeRetakeAfterMonths)
            )
        );
        if (outcome is Outcome.Incomplete incomplete)
            return (
                null,
                $"Every element needs a result before release. Missing: {string.Join(", ", incomplete.Missing.Select(Infrastructure.Words.Element))}"
            );
        // The caller established access (the release page is the programme's; a re-mark is the assigned reviewer's).
        var endorsement = await db.Endorsements.IgnoreQueryFilters().SingleAsync(x => x.Id == endorsementId, ct);
        // Through the domain's transition, like every other change of an endorsement's state; a re-mark on review
        // releases again for an endorsement already completed.
        EndorsementState? completed = null;
        if (endorsement.State != EndorsementState.Completed)
        {
            var (next, refusal) = EndorsementTransitions.Apply(endorsement.State, EndorsementAction.Complete);
            if (next is null)
                return (null, refusal);
            completed = next;
        }
        var release = new ResultRelease
        {
            EndorsementId = endorsementId,
            SocialWorkerId = view.Person.Id,
            ReleasedAt = clock.GetUtcNow(),
            ReleasedBy = actor,
            Outcome = outcome switch
            {
                Outcome.Accredited => OutcomeKind.Accredited,
                Outcome.RetakeElement => OutcomeKind.RetakeElement,
                _ => OutcomeKind.RetakeWhole,
            },
            RetakeElement = (outcome as Outcome.RetakeElement)?.Element,
            RetakeBy = (outcome as Outcome.RetakeElement)?.By,
            RetakeNotBefore = (outcome as Outcome.RetakeWhole)?.NotBefore,
            Reason = (outcome as Outcome.RetakeWhole)?.Reason is { } why ? Infrastructure.Words.Kinds(why) : null,
        };
        db.ResultReleases.Add(release);
        db.Record(
            new ResultsReleased(
                release.Id,
                view.Person.Id,
                endorsementId,
                view.Person.RegistrationNumber,
                view.Endorsement.Level,
                release.Outcome,
                release.RetakeElement,
                release.RetakeBy,
                release.RetakeNotBefore
            ),
            view.Endorsement.OrganisationId
        );
        if (completed is { } state)
        {
            var from = endorsement.State;
            endorsement.State = state;
            db.Record(
                new Endorsements.EndorsementMoved(
                    endorsement.Id,
                    endorsement.SocialWorkerId,
                    view.Person.FullName,
                    endorsement.Level,
                    view.Endorsement.Organisation?.Name,
                    EndorsementAction.Complete,
                    from,
                    state,
                    null
                ),
                endorsement.OrganisationId
            );
        }
        if (outcome is Outcome.Accredited)
            await awarder.AwardAsync(view, today, rules, ct);
        // The candidate hears first (¶74): their email is written in the same transaction.
        if (view.Person.Email is { Length: > 0 } email)
            db.OutboxMessages.Add(
                new OutboxMessage
                {
                    Kind = "ResultsReleased",
                    Recipient = email,
                    Subject = subject,
                    CreatedAt = clock.GetUtcNow(),
                    Body = body,
                }
            );
        await db.SaveChangesAsync(ct);
        return (release, null);
    }
}
