using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Observation;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Results;
using Naas.Web.Features.StandardSetting;

namespace Naas.Web.Features.Observation;

/// <summary>Into results (issue 15, item 9): once every simulation of an assessment has its agreed or reconciled
/// outcome, they become the simulated observation element's mark, with the adopted pass mark and the lead observers'
/// notes as its feedback, through the same <see cref="MarkRecorder"/> every other mark goes through, so outcome rules,
/// release and review treat it like any other. Outcomes that cannot go in yet wait, each with the reason, for the
/// programme.</summary>
public sealed class SimulationResults(
    NaasDbContext db,
    AssessmentViews assessments,
    AdoptedPassMarks passMarks,
    MarkRecorder marks,
    PolicyStore policy
)
{
    /// <summary>An assessment whose simulations are scored (some or all) but not yet in its results, and why.</summary>
    public sealed record Waiting(Guid EndorsementId, string Candidate, string Registration, int Decided, string Reason);

    /// <summary>One simulation of an assessment as scored: both observers' submitted sheets and the outcome, for the
    /// reviewer and the programme.</summary>
    public sealed record Scored(
        SimulationSession Session,
        ScenarioVersion Scenario,
        ObservationSheet? Lead,
        string? LeadName,
        ObservationSheet? Second,
        string? SecondName,
        SimulationOutcome? Outcome,
        SimulationRecording? Recording = null
    );

    /// <summary>Every simulation of an assessment with its submitted sheets and outcome (drafts are the observers'
    /// working notes and are left out). Reads across scope: the caller has established the right to read this
    /// assessment (an assigned reviewer, the programme).</summary>
    public async Task<List<Scored>> ScoredAsync(Guid endorsementId, CancellationToken ct)
    {
        var sessions = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(s => s.ScenarioVersion)
                .ThenInclude(v => v!.Scenario)
            .Where(s => s.EndorsementId == endorsementId)
            .OrderBy(s => s.StartsAt)
            .ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var sheets = await db
            .ObservationSheets.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(s => s.Observer)
            .Where(s => ids.Contains(s.SessionId) && s.SubmittedAt != null)
            .ToListAsync(ct);
        var outcomes = await db
            .SimulationOutcomes.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(o => ids.Contains(o.SessionId))
            .ToDictionaryAsync(o => o.SessionId, ct);
        var recordings = await db
            .SimulationRecordings.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(r => ids.Contains(r.SessionId) && r.CompletedAt != null && r.DeletedAt == null)
            .ToListAsync(ct);
        return sessions
            .Select(s =>
            {
                var lead = sheets.SingleOrDefault(x => x.SessionId == s.Id && x.Role == SimulationRole.LeadObserver);
                var second = sheets.SingleOrDefault(x =>
                    x.SessionId == s.Id && x.Role == SimulationRole.SecondObserver
                );
                return new Scored(
                    s,
                    s.ScenarioVersion!,
                    lead,
                    lead?.Observer!.Name,
                    second,
                    second?.Observer!.Name,
                    outcomes.GetValueOrDefault(s.Id),
                    recordings.FirstOrDefault(r => r.SessionId == s.Id)
                );
            })
            .ToList();
    }

    /// <summary>The reason shown for an assessment that nothing holds back.</summary>
    public const string Ready = "Ready to record";

    private sealed record Plan(
        AssessmentView View,
        List<SimulationSession> Sessions,
        List<SimulationOutcome> Outcomes,
        SimulationElement.Mark Mark,
        (decimal PassMark, decimal OutOf)? Adopted
    );

    /// <summary>Every check before the element's mark is recorded, saving nothing: the mark ready to record, or why
    /// the assessment waits. Reads across scope: it is the service's own step after an observer's or a moderator's
    /// decision, not a reading by them.</summary>
    private async Task<(Plan? Plan, int Decided, string? Waiting)> PlanAsync(Guid endorsementId, CancellationToken ct)
    {
        var view = await assessments.ViewAsync(endorsementId, ct, crossScope: true);
        if (view is null)
            return (null, 0, "There is no such assessment");
        var sessions = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(s => s.ScenarioVersion)
            .Where(s => s.EndorsementId == endorsementId)
            .OrderBy(s => s.StartsAt)
            .ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var outcomes = await db
            .SimulationOutcomes.IgnoreQueryFilters()
            .Where(o => ids.Contains(o.SessionId))
            .ToListAsync(ct);
        string? Refusal()
        {
            if (outcomes.Count > 0 && outcomes.All(o => o.ElementMarkId is not null))
                return "Already in the results";
            if (view.Release is not null)
                return "Results for this assessment have been released: a change now goes through an independent review";
            if (view.Elements.All(e => e.Element != SimulationElement.Kind))
                return "This status's assessment model has no simulated observation";
            if (!view.Endorsement.Takes(SimulationElement.Kind))
                return $"The simulated observation result is kept from the earlier assessment: only {AssessmentViews.Taken(view.Endorsement)} is taken this time (¶75)";
            return null;
        }
        if (Refusal() is { } refusal)
            return (null, outcomes.Count, refusal);
        var adopted = await passMarks.WithScaleAsync(SimulationElement.Kind, view.Endorsement.Level, ct);
        var (mark, waiting) = SimulationElement.Combine(
            outcomes.Select(o => (o.Score, o.Max)).ToList(),
            sessions.Count,
            adopted?.PassMark,
            adopted?.OutOf
        );
        return mark is null
            ? (null, outcomes.Count, waiting)
            : (new Plan(view, sessions, outcomes, mark, adopted), outcomes.Count, null);
    }

    /// <summary>Records the element's mark for this assessment if it is ready, with the outcomes marked as in it, in
    /// one save; otherwise says why not.</summary>
    public async Task<string?> RecordIfReadyAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var (plan, _, waiting) = await PlanAsync(endorsementId, ct);
        if (plan is null)
            return waiting;
        var ids = plan.Sessions.Select(s => s.Id).ToList();
        var leadNotes = await db
            .ObservationSheets.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(s => ids.Contains(s.SessionId) && s.Role == SimulationRole.LeadObserver && s.SubmittedAt != null)
            .ToDictionaryAsync(s => s.SessionId, s => s.Notes, ct);
        var narrative = SimulationElement.Narrative(
            plan.Sessions.Select(s => (s.ScenarioVersion!.Title, leadNotes.GetValueOrDefault(s.Id)))
        );
        var mark = plan.Mark;
        var source =
            $"Simulations, {(plan.Outcomes.Any(o => o.Moderated) ? "double marked and moderated" : "double marked")}"
            + (
                mark.Scaled
                    ? $" (pass mark {plan.Adopted!.Value.PassMark:0.##} of {plan.Adopted.Value.OutOf:0.##} scaled to these scenarios' {mark.Max:0.##} marks)"
                    : ""
            );
        var recorded = await marks.StageMarkAsync(
            plan.View,
            SimulationElement.Kind,
            mark.Score,
            mark.Max,
            mark.PassMark,
            source,
            null,
            actor,
            await policy.CurrentAsync(ct),
            ct,
            narrative
        );
        foreach (var o in plan.Outcomes)
            o.ElementMarkId = recorded.Id;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Every assessment with a simulation outcome not yet in its results, with the reason.</summary>
    public async Task<List<Waiting>> WaitingAsync(CancellationToken ct)
    {
        var pending = await db
            .SimulationOutcomes.AsNoTracking()
            .Where(o => o.ElementMarkId == null)
            .Join(db.SimulationSessions, o => o.SessionId, s => s.Id, (o, s) => s.EndorsementId)
            .Where(e => e != null)
            .Distinct()
            .ToListAsync(ct);
        var list = new List<Waiting>();
        foreach (var id in pending.Select(e => e!.Value))
        {
            var (plan, decided, waiting) = await PlanAsync(id, ct);
            var person = plan?.View.Person ?? (await assessments.ViewAsync(id, ct))?.Person;
            if (person is not null)
                list.Add(new Waiting(id, person.FullName, person.RegistrationNumber, decided, waiting ?? Ready));
        }
        return list.OrderBy(w => w.Registration).ToList();
    }

    /// <summary>Records every assessment that has become ready (after a pass mark is adopted, or where a recording
    /// step was interrupted); returns how many were recorded.</summary>
    public async Task<int> RecordReadyAsync(string actor, CancellationToken ct)
    {
        var recorded = 0;
        foreach (var w in await WaitingAsync(ct))
        {
            db.ChangeTracker.Clear();
            if (w.Reason == Ready && await RecordIfReadyAsync(w.EndorsementId, actor, ct) is null)
                recorded++;
        }
        return recorded;
    }
}
