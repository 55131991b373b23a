using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Results;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Reports;

/// <summary>An employer's summary of its candidates: each one's outcome (the employer decides when to re-endorse,
/// ¶74), whether they have shared their report, and the knowledge results in aggregate only.</summary>
public sealed record EmployerSummary(
    IReadOnlyList<EmployerCandidateRow> Candidates,
    int WithKnowledge,
    int KnowledgePassed,
    int KnowledgeNarrow,
    int KnowledgeFailed,
    IReadOnlyList<(string Area, decimal Percent)>? Areas,
    int AreasShownFrom
);

public sealed record EmployerCandidateRow(
    Guid EndorsementId,
    string Name,
    string RegistrationNumber,
    StatusLevel Level,
    DateTimeOffset ReleasedAt,
    string Outcome,
    bool Shared
);

/// <summary>An employer's summary of its candidates' results: each one's outcome and whether they shared their
/// report, and the knowledge results only in aggregate, and only from <see cref="SmallNumber"/> candidates.</summary>
public sealed class EmployerSummaries(Infrastructure.ReportingDatabase reports)
{
    /// <summary>Area averages appear once this many candidates contribute, so no one's scores can be worked
    /// out.</summary>
    public const int SmallNumber = 5;

    /// <summary>Read from the reports replica when one is configured.</summary>
    public Task<EmployerSummary> EmployerSummaryAsync(Guid organisationId, CancellationToken ct) =>
        reports.ReadAsync(db => SummariseAsync(db, organisationId, ct), ct);

    private static async Task<EmployerSummary> SummariseAsync(
        NaasDbContext db,
        Guid organisationId,
        CancellationToken ct
    )
    {
        var endorsements = await db
            .Endorsements.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId)
            .Select(e => new
            {
                e.Id,
                e.SocialWorkerId,
                e.Level,
            })
            .ToListAsync(ct);
        var ids = endorsements.Select(e => e.Id).ToList();
        var byId = endorsements.ToDictionary(e => e.Id);
        var releases = await db
            .ResultReleases.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(r => ids.Contains(r.EndorsementId) && r.SupersededAt == null)
            .ToListAsync(ct);
        var released = releases.Select(r => r.EndorsementId).ToList();
        var people = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(p => endorsements.Select(e => e.SocialWorkerId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var shared = (
            await db
                .ReportConsents.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(c => c.OrganisationId == organisationId && c.WithdrawnAt == null)
                .Select(c => c.SocialWorkerId)
                .ToListAsync(ct)
        ).ToHashSet();
        var rows = releases
            .OrderByDescending(r => r.ReleasedAt)
            .Select(r =>
            {
                var e = byId[r.EndorsementId];
                var p = people[e.SocialWorkerId];
                return new EmployerCandidateRow(
                    e.Id,
                    p.FullName,
                    p.RegistrationNumber,
                    e.Level,
                    r.ReleasedAt,
                    ReportService.OutcomeWords(r),
                    shared.Contains(p.Id)
                );
            })
            .ToList();

        // Knowledge results, released ones only, in aggregate.
        var knowledge = await db
            .ElementMarks.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(m => released.Contains(m.EndorsementId) && m.SupersededAt == null && m.KnowledgeAttemptId != null)
            .ToListAsync(ct);
        List<(string, decimal)>? areas = null;
        if (knowledge.Count >= SmallNumber)
        {
            var attemptIds = knowledge.Select(m => m.KnowledgeAttemptId).ToList();
            var attempts = await db
                .KnowledgeAttempts.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(a => attemptIds.Contains(a.Id))
                .ToListAsync(ct);
            var names = await db
                .KnowledgeAreas.AsNoTracking()
                .ToDictionaryAsync(x => x.Id, x => $"{x.Number}. {x.Title}", ct);
            areas = attempts
                .SelectMany(a => a.Subscores)
                .GroupBy(s => s.AreaId)
                .Select(g =>
                    (
                        names.GetValueOrDefault(g.Key, "Area"),
                        g.Sum(s => s.Max) == 0 ? 0 : Math.Round(100 * g.Sum(s => s.Score) / g.Sum(s => s.Max), 0)
                    )
                )
                .OrderBy(x => x.Item1, StringComparer.Ordinal)
                .ToList();
        }
        return new EmployerSummary(
            rows,
            knowledge.Count,
            knowledge.Count(m => m.Result == ElementResult.Pass),
            knowledge.Count(m => m.Result == ElementResult.NarrowFail),
            knowledge.Count(m => m.Result == ElementResult.Fail),
            areas,
            SmallNumber
        );
    }
}
