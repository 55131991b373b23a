using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Eligibility;
using Naas.Domain.Observation;
using Naas.Domain.Scenarios;
using Naas.Web.Features.Administration;

namespace Naas.Web.Features.Observation;

/// <summary>Double marking and moderation (issue 15, item 8): when both observers' sheets are in, they agree (the
/// outcome is their mean) or go to a moderator, who reconciles them with a recorded rationale.</summary>
public sealed class DoubleMarking(NaasDbContext db, TimeProvider clock, PolicyStore policy, SimulationResults results)
{
    /// <summary>Two submitted sheets of one simulation, side by side, with why they need a moderator.</summary>
    public sealed record Pair(
        SimulationSession Session,
        ScenarioVersion Scenario,
        string Candidate,
        ObservationSheet Lead,
        string LeadName,
        ObservationSheet Second,
        string SecondName,
        IReadOnlyList<string> Reasons
    );

    public async Task<int> MarginAsync(CancellationToken ct) =>
        (await policy.CurrentAsync(ct)).Value(EligibilityPolicy.Keys.ModerationMarginPoints);

    public static int Score(ObservationSheet s) =>
        s.Ratings.Sum(r => Enum.TryParse<CriterionLevel>(r.Level, out var l) ? (int)l : 0);

    /// <summary>Called as a sheet is submitted, in the same save: if the other observer's sheet is in and the two agree,
    /// the simulation's outcome is their mean, recorded; if they do not, it waits for a moderator.</summary>
    public async Task SettleIfAgreedAsync(
        SimulationSession session,
        ObservationSheet submitted,
        int criteria,
        CancellationToken ct
    )
    {
        // Read across scope: the other observer's sheet and the outcome are not the submitting observer's to read,
        // but settling the pair is the service's, in the submission's own save.
        var other = await db
            .ObservationSheets.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.SessionId == session.Id && s.Id != submitted.Id && s.SubmittedAt != null, ct);
        if (
            other is null
            || await db.SimulationOutcomes.IgnoreQueryFilters().AnyAsync(o => o.SessionId == session.Id, ct)
        )
            return;
        var (lead, second) = submitted.Role == SimulationRole.LeadObserver ? (submitted, other) : (other, submitted);
        if (
            Reconciliation
                .Reasons(Score(lead), lead.Global!.Value, Score(second), second.Global!.Value, await MarginAsync(ct))
                .Count > 0
        )
            return;
        var outcome = new SimulationOutcome
        {
            SessionId = session.Id,
            SocialWorkerId = session.SocialWorkerId!.Value,
            Score = (Score(lead) + Score(second)) / 2m,
            Max = criteria * (int)CriterionLevel.StronglyShown,
            Global = lead.Global!.Value,
            DecidedBy = "Double marking (the observers agreed)",
            DecidedAt = clock.GetUtcNow(),
        };
        db.SimulationOutcomes.Add(outcome);
        db.Record(
            new SimulationAgreed(
                outcome.Id,
                session.Id,
                outcome.SocialWorkerId,
                Score(lead),
                Score(second),
                outcome.Score,
                outcome.Max
            )
        );
    }

    /// <summary>Every simulation whose two sheets are in and disagree, waiting for a moderator.</summary>
    public async Task<List<Pair>> QueueAsync(CancellationToken ct)
    {
        var decided = db.SimulationOutcomes.Select(o => o.SessionId);
        var waiting = await db
            .ObservationSheets.Where(s => s.SubmittedAt != null && !decided.Contains(s.SessionId))
            .GroupBy(s => s.SessionId)
            .Where(g => g.Count() == 2)
            .Select(g => g.Key)
            .ToListAsync(ct);
        var pairs = new List<Pair>();
        var margin = await MarginAsync(ct);
        foreach (var id in waiting)
            if (await PairAsync(id, ct, margin) is { Reasons.Count: > 0 } pair)
                pairs.Add(pair);
        return pairs.OrderBy(p => p.Session.StartsAt).ToList();
    }

    public async Task<Pair?> PairAsync(Guid sessionId, CancellationToken ct, int? margin = null)
    {
        var session = await db.SimulationSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session?.SocialWorkerId is not { } candidateId)
            return null;
        var sheets = await db
            .ObservationSheets.AsNoTracking()
            .Include(s => s.Observer)
            .Where(s => s.SessionId == sessionId && s.SubmittedAt != null)
            .ToListAsync(ct);
        var lead = sheets.SingleOrDefault(s => s.Role == SimulationRole.LeadObserver);
        var second = sheets.SingleOrDefault(s => s.Role == SimulationRole.SecondObserver);
        if (lead is null || second is null)
            return null;
        var scenario = await db
            .ScenarioVersions.AsNoTracking()
            .Include(v => v.Scenario)
            .SingleAsync(v => v.Id == session.ScenarioVersionId, ct);
        var candidate = await db
            .SocialWorkers.Where(p => p.Id == candidateId)
            .Select(p => p.GivenName + " " + p.FamilyName)
            .SingleAsync(ct);
        var reasons = Reconciliation.Reasons(
            Score(lead),
            lead.Global!.Value,
            Score(second),
            second.Global!.Value,
            margin ?? await MarginAsync(ct)
        );
        return new Pair(
            session,
            scenario,
            candidate,
            lead,
            lead.Observer!.Name,
            second,
            second.Observer!.Name,
            reasons
        );
    }

    public async Task<IReadOnlyList<(string Field, string Message)>> ReconcileAsync(
        Pair pair,
        IReadOnlyList<CriterionLevel?> levels,
        GlobalJudgement? global,
        string? rationale,
        string moderator,
        CancellationToken ct
    )
    {
        if (pair.Reasons.Count == 0)
            return [("", "The two observers agree: there is nothing to reconcile")];
        if (await db.SimulationOutcomes.AnyAsync(o => o.SessionId == pair.Session.Id, ct))
            return [("", "This simulation has already been reconciled")];
        var problems = Reconciliation.ValidateDecision(levels, global, rationale);
        if (problems.Count > 0)
            return problems;
        var outcome = new SimulationOutcome
        {
            SessionId = pair.Session.Id,
            SocialWorkerId = pair.Session.SocialWorkerId!.Value,
            Score = levels.Sum(l => (int)l!.Value),
            Max = levels.Count * (int)CriterionLevel.StronglyShown,
            Global = global!.Value,
            Moderated = true,
            AgreedLevels = levels.Select(l => l!.Value.ToString()).ToList(),
            Rationale = rationale!.Trim(),
            DecidedBy = moderator,
            DecidedAt = clock.GetUtcNow(),
        };
        db.SimulationOutcomes.Add(outcome);
        db.Record(
            new SimulationReconciled(
                outcome.Id,
                pair.Session.Id,
                outcome.SocialWorkerId,
                Score(pair.Lead),
                Score(pair.Second),
                outcome.Score,
                outcome.Max,
                outcome.Global,
                outcome.Rationale
            )
        );
        await db.SaveChangesAsync(ct);
        if (pair.Session.EndorsementId is { } endorsementId)
            await results.RecordIfReadyAsync(endorsementId, moderator, ct);
        return [];
    }
}
