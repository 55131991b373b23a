using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Marking;
using Naas.Domain.Observation;
using Naas.Domain.Workforce;
using Naas.Web.Features.Marking;

namespace Naas.Web.Features.Observation;

/// <summary>
/// The reflective conversation (issue 15, item 6; ¶32): the lead observer of a candidate's last simulation holds it
/// and scores it on the guide's own criteria, whole marks with notes for the candidate. The score becomes the
/// reflective element's mark through <see cref="MarkRecorder"/> with the adopted pass mark, or waits for one.
/// </summary>
public sealed class ReflectiveConversations(NaasDbContext db, CriterionMarkedResults results, TimeProvider clock)
{
    /// <summary>The conversation as its observer meets it: the candidate's simulation, the guide, what was scored if
    /// it has been, and why it cannot be scored if it cannot.</summary>
    public sealed record Opened(
        SimulationSession Session,
        string Candidate,
        ReflectiveGuide? Guide,
        ReflectiveConversation? Scored,
        string? Refusal,
        StatusLevel Level
    )
    {
        /// <summary>"reflective conversation", or "in-depth interview" for a practice leader.</summary>
        public string Words => ReflectiveElement.WordsFor(Level);
    }

    /// <summary>A scored conversation not yet in the results, and why.</summary>
    public sealed record Waiting(
        ReflectiveConversation Conversation,
        string Candidate,
        string Registration,
        string Reason
    );

    public const string Ready = "Ready to record";

    /// <summary>The conversation after this simulation for its lead observer; null for anyone else (their id is a
    /// 404).</summary>
    public async Task<Opened?> OpenAsync(Guid sessionId, Guid observerUserId, CancellationToken ct)
    {
        // Read across scope on the caller's own authority: they are this simulation's lead observer.
        var session = await db
            .SimulationSessions.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(s => s.ScenarioVersion)
            .SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session?.EndorsementId is not { } endorsementId || session.LeadObserverId is not { } lead)
            return null;
        var isLead = await db
            .Observers.IgnoreQueryFilters()
            .AnyAsync(o => o.Id == lead && o.UserId == observerUserId, ct);
        if (!isLead)
            return null;
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == session.SocialWorkerId, ct);
        var endorsement = await db
            .Endorsements.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(e => e.Id == endorsementId, ct);
        var starts = await db
            .SimulationSessions.IgnoreQueryFilters()
            .Where(s => s.EndorsementId == endorsementId)
            .Select(s => new { s.Id, s.StartsAt })
            .ToListAsync(ct);
        var scored = await db
            .ReflectiveConversations.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(c => c.Marks)
            .Include(c => c.Guide)
                .ThenInclude(g => g!.Criteria)
            .SingleOrDefaultAsync(c => c.EndorsementId == endorsementId, ct);
        var guide =
            scored?.Guide
            ?? await db
                .ReflectiveGuides.AsNoTracking()
                .Include(g => g.Criteria)
                .Where(g => g.Level == endorsement.Level && g.RetiredAt == null)
                .OrderByDescending(g => g.Version)
                .FirstOrDefaultAsync(ct);
        guide?.Criteria.Sort((a, b) => a.Number.CompareTo(b.Number));
        var refusal = ReflectiveElement.Refusal(
            session.SimulationStartedAt is not null,
            starts.All(s => s.Id == session.Id || s.StartsAt < session.StartsAt),
            starts.Count,
            endorsement.Takes(ReflectiveElement.KindFor(endorsement.Level)),
            scored is not null,
            ReflectiveElement.WordsFor(endorsement.Level)
        );
        if (refusal is null && guide is null)
            refusal = $"There is no {ReflectiveElement.WordsFor(endorsement.Level)} guide for this status yet";
        return new Opened(session, person.FullName, guide, scored, scored is null ? refusal : null, endorsement.Level);
    }

    /// <summary>Scores the conversation, kept per criterion, and puts it into the results when a pass mark allows,
    /// in one save.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> ScoreAsync(
        Guid sessionId,
        Guid observerUserId,
        IReadOnlyDictionary<int, string?> entered,
        string? notes,
        string actor,
        CancellationToken ct
    )
    {
        var opened = await OpenAsync(sessionId, observerUserId, ct);
        if (opened is null)
            return [("", "You are not this simulation's lead observer")];
        if (opened.Scored is not null || opened.Refusal is not null)
            return [("", opened.Refusal ?? $"This candidate's {opened.Words} has been scored")];
        var guide = opened.Guide!;
        var criteria = guide.Criteria.Select(c => new CriterionMarks.Criterion(c.Number, c.Text, c.MaxMarks)).ToList();
        var (score, max, problems) = CriterionMarks.Check(criteria, entered, notes);
        if (problems.Count > 0)
            return problems;
        var s = opened.Session;
        var conversation = new ReflectiveConversation
        {
            SessionId = s.Id,
            GuideId = guide.Id,
            SocialWorkerId = s.SocialWorkerId!.Value,
            EndorsementId = s.EndorsementId!.Value,
            ObserverId = s.LeadObserverId!.Value,
            SubmittedAt = clock.GetUtcNow(),
            Score = score,
            MaxScore = max,
            Notes = notes!.Trim(),
            Marks = criteria
                .Select(c => new ReflectiveCriterionMark
                {
                    Criterion = c.Number,
                    Marks = int.Parse(entered[c.Number]!.Trim()),
                })
                .ToList(),
        };
        db.ReflectiveConversations.Add(conversation);
        db.Record(new ReflectiveConversationScored(conversation.Id, conversation.SocialWorkerId, score, max));
        await StageIfReadyAsync(conversation, actor, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Scored a moment ago from another device: one conversation per assessment.
            db.ChangeTracker.Clear();
            return [("", $"This candidate's {opened.Words} has been scored")];
        }
        return [];
    }

    private async Task<bool> StageIfReadyAsync(ReflectiveConversation c, string actor, CancellationToken ct)
    {
        if (c.ElementMarkId is not null)
            return false;
        var level = await LevelAsync(c.EndorsementId, ct);
        var words = ReflectiveElement.WordsFor(level);
        var mark = await results.StageIfReadyAsync(
            c.EndorsementId,
            ReflectiveElement.KindFor(level),
            c.Score,
            c.MaxScore,
            $"{char.ToUpperInvariant(words[0])}{words[1..]}, scored by the lead observer",
            c.Notes,
            actor,
            ct
        );
        c.ElementMarkId = mark?.Id;
        return mark is not null;
    }

    /// <summary>The status an assessment is for, which decides the element its conversation feeds (read across scope:
    /// the service's own step).</summary>
    private Task<StatusLevel> LevelAsync(Guid endorsementId, CancellationToken ct) =>
        db.Endorsements.IgnoreQueryFilters().Where(e => e.Id == endorsementId).Select(e => e.Level).SingleAsync(ct);

    /// <summary>Every scored conversation not yet in the results, with the reason.</summary>
    public async Task<List<Waiting>> WaitingAsync(CancellationToken ct)
    {
        var rows = await db
            .ReflectiveConversations.AsNoTracking()
            .Where(c => c.ElementMarkId == null)
            .Join(db.SocialWorkers, c => c.SocialWorkerId, p => p.Id, (c, p) => new { c, p })
            .ToListAsync(ct);
        var list = new List<Waiting>();
        foreach (var r in rows)
            list.Add(
                new Waiting(
                    r.c,
                    r.p.FullName,
                    r.p.RegistrationNumber,
                    (
                        await results.PlanAsync(
                            r.c.EndorsementId,
                            ReflectiveElement.KindFor(await LevelAsync(r.c.EndorsementId, ct)),
                            r.c.MaxScore,
                            ct
                        )
                    ).Waiting
                        ?? Ready
                )
            );
        return list.OrderBy(w => w.Registration).ToList();
    }

    /// <summary>Records every scored conversation that has become ready (after a pass mark is adopted); returns how
    /// many.</summary>
    public async Task<int> RecordReadyAsync(string actor, CancellationToken ct)
    {
        var ids = await db
            .ReflectiveConversations.Where(c => c.ElementMarkId == null)
            .Select(c => c.Id)
            .ToListAsync(ct);
        var recorded = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var c = await db.ReflectiveConversations.SingleAsync(x => x.Id == id, ct);
            if (await StageIfReadyAsync(c, actor, ct))
            {
                await db.SaveChangesAsync(ct);
                recorded++;
            }
        }
        return recorded;
    }
}
