using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Eligibility;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>Gives a simulation session its actor, lead observer and second observer by hand, each checked by the
/// domain's clash rules (<see cref="AssignmentRules"/>) with every refusal explained.</summary>
public sealed class SessionStaffing(NaasDbContext db, PolicyStore policy)
{
    /// <summary>How old an observer's calibration may be on the day, in months: a policy setting.</summary>
    public async Task<int> CalibrationMonthsAsync(CancellationToken ct) =>
        (await policy.CurrentAsync(ct)).Value(EligibilityPolicy.Keys.ObserverCalibrationMonths);

    public async Task<List<string>> GiveAsync(
        SimulationSession session,
        SimulationRole role,
        Guid assignee,
        CancellationToken ct,
        bool fromRecording = false
    )
    {
        if (!Enum.IsDefined(role))
            return ["Select whether they act or observe"];
        var person = await AssigneeAsync(role, assignee, exceptSession: null, ct);
        if (person is null)
            return
            [
                role == SimulationRole.Actor ? "Select an actor from the list" : "Select an observer from the list",
            ];
        var current = role switch
        {
            SimulationRole.Actor => session.ActorId,
            SimulationRole.LeadObserver => session.LeadObserverId,
            _ => session.SecondObserverId,
        };
        if (current is not null)
            return ["This session already has someone in that role"];
        var slot = await SlotAsync(session, ct);
        var refusals = AssignmentRules
            .Refusals(slot, person, role, await CalibrationMonthsAsync(ct), fromRecording)
            .ToList();
        if (refusals.Count > 0)
            return refusals;
        switch (role)
        {
            case SimulationRole.Actor:
                session.ActorId = assignee;
                break;
            case SimulationRole.LeadObserver:
                session.LeadObserverId = assignee;
                break;
            default:
                (session.SecondObserverId, session.SecondFromRecording) = (assignee, fromRecording);
                break;
        }
        db.Record(new SessionStaffed(session.Id, role, assignee, person.Name, session.SocialWorkerId, fromRecording));
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>The clash rules run again for everyone already in the session when a candidate is placed in it, so that
    /// no observer assesses a candidate from their own organisation whichever is decided first.</summary>
    public async Task<List<string>> ClashesForCandidateAsync(
        SimulationSession session,
        SocialWorker candidate,
        CancellationToken ct
    )
    {
        var slot = await SlotAsync(session, ct, candidate);
        var months = await CalibrationMonthsAsync(ct);
        var refusals = new List<string>();
        foreach (
            var (role, id) in new[]
            {
                (SimulationRole.Actor, session.ActorId),
                (SimulationRole.LeadObserver, session.LeadObserverId),
                (SimulationRole.SecondObserver, session.SecondObserverId),
            }
        )
            if (id is { } who && await AssigneeAsync(role, who, session.Id, ct) is { } person)
                refusals.AddRange(
                    AssignmentRules.Refusals(
                        slot,
                        person,
                        role,
                        months,
                        role == SimulationRole.SecondObserver && session.SecondFromRecording
                    )
                );
        return refusals;
    }

    private async Task<SessionSlot> SlotAsync(
        SimulationSession session,
        CancellationToken ct,
        SocialWorker? candidate = null
    )
    {
        var day = session.Day ?? await db.AssessmentDays.SingleAsync(d => d.Id == session.DayId, ct);
        var centre = day.CentreId is { } c ? await db.AssessmentCentres.SingleAsync(x => x.Id == c, ct) : null;
        var scenario = await db
            .ScenarioVersions.Where(v => v.Id == session.ScenarioVersionId)
            .Select(v => v.ScenarioId)
            .SingleAsync(ct);
        var who = candidate?.Id ?? session.SocialWorkerId;
        var person =
            candidate
            ?? (who is { } id ? await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.Id == id, ct) : null);
        var engagements = who is { } pid
            ? await db
                .Engagements.Where(e => e.SocialWorkerId == pid)
                .Select(e => new { e.OrganisationId, e.AgencyOrganisationId })
                .ToListAsync(ct)
            : [];
        // The organisations that employ the candidate: each engagement's employer and, for agency work, the agency.
        var employers = engagements
            .SelectMany(e =>
                e.AgencyOrganisationId is { } agency ? new[] { e.OrganisationId, agency } : [e.OrganisationId]
            )
            .ToHashSet();
        return new SessionSlot(
            session.Id,
            Clock.InUk(session.StartsAt),
            Clock.InUk(session.StartsAt.AddMinutes(session.Minutes)),
            centre?.Name ?? "Remote",
            centre is null,
            scenario,
            who,
            person is null ? null : $"{person.GivenName} {person.FamilyName}",
            employers
        );
    }

    /// <summary>An actor or observer with their dates and what they are already given, leaving out one session (the one
    /// being re-checked) where asked.</summary>
    private async Task<Assignee?> AssigneeAsync(SimulationRole role, Guid id, Guid? exceptSession, CancellationToken ct)
    {
        // Across scope: the clash rules must see every commitment and the assignee's record whoever asks, the programme
        // placing a candidate or a candidate booking their own session, whose scope holds neither.
        var commitments = await db
            .SimulationSessions.IgnoreQueryFilters()
            .Where(s =>
                s.Id != exceptSession && (s.ActorId == id || s.LeadObserverId == id || s.SecondObserverId == id)
            )
            .Select(s => new
            {
                s.Id,
                s.StartsAt,
                s.Minutes,
                Place = s.Day!.Centre == null ? "Remote" : s.Day.Centre.Name,
                Remote = s.Day.CentreId == null,
                s.SocialWorkerId,
                s.ActorId,
                s.LeadObserverId,
                FromRecording = s.SecondObserverId == id && s.SecondFromRecording,
            })
            .ToListAsync(ct);
        var given = commitments
            .Select(c => new Commitment(
                c.Id,
                Clock.InUk(c.StartsAt),
                Clock.InUk(c.StartsAt.AddMinutes(c.Minutes)),
                c.Place,
                c.Remote,
                c.SocialWorkerId,
                c.ActorId == id ? SimulationRole.Actor
                    : c.LeadObserverId == id ? SimulationRole.LeadObserver
                    : SimulationRole.SecondObserver,
                c.FromRecording
            ))
            .ToList();
        if (role == SimulationRole.Actor)
        {
            var actor = await db.Actors.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            return actor is null
                ? null
                : new Assignee(
                    actor.Id,
                    actor.Name,
                    actor.AvailableDates.ToHashSet(),
                    given,
                    actor.TrainedScenarioIds.ToHashSet(),
                    null,
                    new HashSet<Guid>(),
                    new HashSet<Guid>()
                );
        }
        var observer = await db.Observers.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        return observer is null
            ? null
            : new Assignee(
                observer.Id,
                observer.Name,
                observer.AvailableDates.ToHashSet(),
                given,
                new HashSet<Guid>(),
                observer.CalibratedOn,
                observer.ConflictOrganisationIds.ToHashSet(),
                observer.ConflictSocialWorkerIds.ToHashSet()
            );
    }
}
