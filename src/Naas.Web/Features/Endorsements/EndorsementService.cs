using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Endorsements;

public sealed record EndorsementOutcome(
    Endorsement? Endorsement,
    IReadOnlyList<EndorsementProblem> Problems,
    bool NotFound = false
)
{
    public bool Succeeded => Endorsement is not null && Problems.Count == 0;
    public static EndorsementOutcome Missing { get; } = new(null, [], NotFound: true);
}

/// <summary>Stage 1, practice endorsement. Every change is audited in the same transaction and the social
/// worker is emailed through the outbox.</summary>
public sealed class EndorsementService(
    NaasDbContext db,
    WorkforceViews workforce,
    PolicyStore policies,
    TimeProvider clock,
    IConfiguration config,
    Results.RetakePlanner retakes
)
{
    private string ServiceUrl => (config["Service:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');

    public async Task<EndorsementOutcome> EndorseAsync(
        Guid personId,
        StatusLevel level,
        string? judgement,
        string? evidence,
        string? exceptionReason,
        CancellationToken ct = default
    )
    {
        if (db.Scope.OrganisationId is not { } orgId)
            return EndorsementOutcome.Missing;
        var person = await db
            .SocialWorkers.Include(p => p.Engagements)
            .Include(p => p.Accreditations)
            .Include(p => p.Endorsements)
            .SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
            return EndorsementOutcome.Missing;
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == orgId, ct);
        var today = clock.Today();
        var here = person
            .Engagements.Where(e => e.OrganisationId == orgId && e.IsCurrent(today))
            .OrderByDescending(e => e.Start)
            .FirstOrDefault();
        var eligibility = workforce.Decide(person, level, orgId, await policies.CurrentAsync(ct));
        var problems = EndorsementRule.Check(
            new EndorsementRequest(
                level,
                org.Kind,
                here is null
                    ? null
                    : WorkforceViews
                        .Periods(person)
                        .First(p => p.OrganisationId == here.OrganisationId && p.Start == here.Start),
                eligibility,
                judgement,
                evidence,
                exceptionReason,
                AlreadyHoldsStatus: person.Accreditations.Any(a => a.IsCurrent && a.Level >= level),
                HasOpenEndorsementForStatus: person.Endorsements.Any(e =>
                    e.Level == level && EndorsementTransitions.IsOpen(e.State)
                )
            )
        );
        // A re-endorsement after results (¶74–76): which elements, and whether now.
        var plan = problems.Count == 0 ? await retakes.RetakePlanAsync(person.Id, level, ct) : null;
        if (plan?.Refusal is { } refusal)
            problems = [.. problems, new EndorsementProblem("Status", refusal)];
        if (problems.Count > 0)
            return new EndorsementOutcome(null, problems);

        var endorsement = new Endorsement
        {
            SocialWorkerId = person.Id,
            OrganisationId = orgId,
            Level = level,
            Judgement = judgement!.Trim(),
            Evidence = evidence!.Trim(),
            ExceptionReason = eligibility.IsEligible ? null : exceptionReason!.Trim(),
            EligibilityAtEndorsement = eligibility.Reason,
            EndorsedAt = clock.GetUtcNow(),
            EndorsedBy = db.Scope.ActorName,
            RetakeOfId = plan?.Previous?.Id,
            RetakeElements = Endorsement.ElementList(plan?.Elements),
            SingleElementRetake = plan?.SingleElement,
        };
        db.Endorsements.Add(endorsement);
        db.Record(
            new Endorsed(
                endorsement.Id,
                person.Id,
                person.FullName,
                person.RegistrationNumber,
                org.Name,
                level,
                endorsement.ExceptionReason,
                plan?.Previous?.Id,
                plan?.Previous is null ? null : plan.SingleElement
            )
        );
        if (plan?.Previous is { } previous && endorsement.RetakeElements is not null)
            await retakes.CarryKeptMarksAsync(endorsement, previous.Id, ct);
        // Someone without an account yet gets a one-time link to create one, in the same email.
        var hasAccount = await db.Users.AnyAsync(u => u.SocialWorkerId == person.Id, ct);
        var signIn = hasAccount
            ? $"Sign in to agree or decline: {ServiceUrl}{EligibilityLinks.Me()}"
            : "Create your account to agree or decline (the link works once, for 7 days): "
                + db.CreateInvitation(
                    clock,
                    ServiceUrl,
                    person.Email,
                    person.FullName,
                    Naas.Data.Seed.Roles.SocialWorker,
                    null,
                    person.Id,
                    org.Name
                );
        db.Email(
            clock,
            person.Email,
            $"{org.Name} has put you forward for {level.Name()} accreditation",
            $"Dear {person.GivenName},\n\n{org.Name} has endorsed you as ready for {level.Name()} accreditation.\n\n"
                + "You decide whether to be put forward. Accreditation is voluntary and your registration is not affected either way.\n\n"
                + signIn
                + "\n"
        );
        await db.SaveChangesAsync(ct);
        return new EndorsementOutcome(endorsement, []);
    }

    /// <summary>The social worker agrees to be put forward, or declines (without penalty).</summary>
    public Task<EndorsementOutcome> RespondAsync(
        Guid endorsementId,
        bool agree,
        string? reason,
        CancellationToken ct = default
    ) =>
        TransitionAsync(
            endorsementId,
            agree ? EndorsementAction.Agree : EndorsementAction.Decline,
            reason,
            e =>
            {
                e.RespondedAt = clock.GetUtcNow();
                if (!agree)
                    e.DeclineReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            },
            requireSocialWorker: true,
            ct
        );

    public Task<EndorsementOutcome> WithdrawAsync(Guid endorsementId, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult(
                new EndorsementOutcome(
                    null,
                    [new EndorsementProblem("Reason", "Enter why you are withdrawing the endorsement")]
                )
            );
        if (reason.Length > EndorsementRule.MaxReasonLength)
            return Task.FromResult(
                new EndorsementOutcome(
                    null,
                    [
                        new EndorsementProblem(
                            "Reason",
                            $"The reason must be {EndorsementRule.MaxReasonLength:N0} characters or fewer"
                        ),
                    ]
                )
            );
        return TransitionAsync(
            endorsementId,
            EndorsementAction.Withdraw,
            reason,
            e =>
            {
                e.WithdrawnAt = clock.GetUtcNow();
                e.WithdrawalReason = reason.Trim();
            },
            requireSocialWorker: false,
            ct
        );
    }

    private async Task<EndorsementOutcome> TransitionAsync(
        Guid id,
        EndorsementAction action,
        string? reason,
        Action<Endorsement> apply,
        bool requireSocialWorker,
        CancellationToken ct
    )
    {
        // Only the social worker answers; only the endorsing organisation withdraws. The query filter already
        // hides other people's endorsements; this also stops an employer answering for the social worker.
        var e = await db
            .Endorsements.Include(x => x.SocialWorker)
            .Include(x => x.Organisation)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
            return EndorsementOutcome.Missing;
        if (
            requireSocialWorker
                ? db.Scope.SocialWorkerId != e.SocialWorkerId
                : db.Scope.OrganisationId != e.OrganisationId
        )
            return EndorsementOutcome.Missing;
        var (next, refusal) = EndorsementTransitions.Apply(e.State, action);
        if (next is null)
            return new EndorsementOutcome(null, [new EndorsementProblem("", refusal!)]);
        var from = e.State;
        e.State = next.Value;
        apply(e);
        var who = e.SocialWorker!.FullName;
        db.Record(
            new EndorsementMoved(
                e.Id,
                e.SocialWorkerId,
                who,
                e.Level,
                e.Organisation!.Name,
                action,
                from,
                next.Value,
                reason
            ),
            e.OrganisationId
        );
        if (action == EndorsementAction.Withdraw)
            db.Email(
                clock,
                e.SocialWorker.Email,
                $"{e.Organisation.Name} has withdrawn your endorsement",
                $"Dear {e.SocialWorker.GivenName},\n\n{e.Organisation.Name} has withdrawn its endorsement of you for {e.Level.Name()} status.\n\nReason: {reason}\n\nThis does not affect your registration. Talk to your manager about what happens next.\n"
            );
        await db.SaveChangesAsync(ct);
        return new EndorsementOutcome(e, []);
    }
}
