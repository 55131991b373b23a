using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results;

/// <summary>An assessment's elements as they stand: each required element with its current mark, if any.</summary>
public sealed record AssessmentView(
    Endorsement Endorsement,
    SocialWorker Person,
    IReadOnlyList<(string Element, string Description, ElementMark? Mark)> Elements,
    ResultRelease? Release,
    KnowledgeAttempt? UnmarkedKnowledge
);

/// <summary>What a new endorsement for a status would start: Previous is the assessment it follows (null for a first
/// one); Elements the elements taken (null for all); SingleElement the ¶75 single-element retake; or a
/// Refusal.</summary>
public sealed record RetakePlan(
    Endorsement? Previous,
    IReadOnlyList<string>? Elements,
    string? SingleElement,
    string? Refusal
);

/// <summary>An assessment as it stands: the elements its status's model requires, and each one's current mark, the
/// release and any knowledge test waiting to be marked. Reads only; every change is made by the services that own it
/// (<see cref="Marking.MarkRecorder"/>, <see cref="ResultsRelease"/>, <see cref="RetakePlanner"/>).</summary>
public sealed class AssessmentViews(NaasDbContext db, TimeProvider clock)
{
    public const string Knowledge = "Knowledge";

    /// <summary>The elements the endorsed status's assessment model requires, in order (the latest model in
    /// effect).</summary>
    public async Task<List<(string Kind, string Description)>> ElementsAsync(StatusLevel level, CancellationToken ct)
    {
        var today = clock.Today();
        var model = await db
            .AssessmentModels.AsNoTracking()
            .Include(m => m.Elements)
            .Where(m => m.Status!.Level == level && m.EffectiveFrom <= today)
            .OrderByDescending(m => m.Version)
            .FirstOrDefaultAsync(ct);
        return model?.Elements.OrderBy(e => e.Order).Select(e => (e.Kind, e.Description)).ToList() ?? [];
    }

    /// <param name="crossScope">Set only by a caller that has itself established the right to read this assessment
    /// (an assigned independent reviewer), whose account is outside every candidate's query filter.</param>
    public async Task<AssessmentView?> ViewAsync(Guid endorsementId, CancellationToken ct, bool crossScope = false)
    {
        IQueryable<T> Q<T>(IQueryable<T> set)
            where T : class => crossScope ? set.IgnoreQueryFilters() : set;
        var e = await Q(db.Endorsements).AsNoTracking().SingleOrDefaultAsync(x => x.Id == endorsementId, ct);
        if (e is null)
            return null;
        var person = await Q(db.SocialWorkers).AsNoTracking().SingleAsync(p => p.Id == e.SocialWorkerId, ct);
        var marks = await Q(db.ElementMarks)
            .AsNoTracking()
            .Where(m => m.EndorsementId == e.Id && m.SupersededAt == null)
            .ToListAsync(ct);
        var elements = (await ElementsAsync(e.Level, ct))
            .Select(x => (x.Kind, x.Description, marks.Where(m => m.Element == x.Kind).MaxBy(m => m.RecordedAt)))
            .ToList();
        var release = await Q(db.ResultReleases)
            .AsNoTracking()
            .Where(r => r.EndorsementId == e.Id && r.SupersededAt == null)
            .OrderByDescending(r => r.ReleasedAt)
            .FirstOrDefaultAsync(ct);
        var bookedAttempts = Q(db.TestBookings)
            .Where(b => b.EndorsementId == e.Id && b.AttemptId != null)
            .Select(b => b.AttemptId);
        var knowledge = await Q(db.KnowledgeAttempts)
            .AsNoTracking()
            .Where(a => bookedAttempts.Contains(a.Id) && a.SubmittedAt != null)
            .OrderByDescending(a => a.SubmittedAt)
            .FirstOrDefaultAsync(ct);
        var unmarked =
            knowledge is not null && !marks.Any(m => m.KnowledgeAttemptId == knowledge.Id) ? knowledge : null;
        return new AssessmentView(e, person, elements, release, unmarked);
    }

    public static string Taken(Endorsement e) =>
        e.RetakeElements is null
            ? "every element"
            : $"the {string.Join(" and ", e.RetakeElements.Select(k => Infrastructure.Words.Element(k).ToLowerInvariant()))}";
}
