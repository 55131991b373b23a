using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.ItemBank;

/// <summary>How an item has performed: sittings that saw it and its facility (the share of marks gained).</summary>
public sealed class ItemStatistics(NaasDbContext db)
{
    /// <summary>Aggregate only: the content team sees how a question performs, never whose answers made it
    /// so.</summary>
    public async Task<(int Sittings, decimal? Facility)> StatisticsAsync(KnowledgeItemVersion v, CancellationToken ct)
    {
        // Across every candidate's sitting, which the author cannot otherwise read; only totals leave this method.
        var sittings = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.SubmittedAt != null && a.ItemVersionIds.Contains(v.Id))
            .Select(a => new { a.Id, a.ItemVersionIds })
            .ToListAsync(ct);
        if (sittings.Count == 0)
            return (0, null);
        var attemptIds = sittings.Select(s => s.Id).ToList();
        var answers = await db
            .KnowledgeAnswers.AsNoTracking()
            .Where(x => attemptIds.Contains(x.AttemptId))
            .ToListAsync(ct);
        var key = Naas.Web.Features.KnowledgeTest.SittingScorer.KeyOf(v);
        decimal total = 0;
        foreach (var s in sittings)
        {
            var position = s.ItemVersionIds.IndexOf(v.Id) + 1;
            var answer = answers.SingleOrDefault(x => x.AttemptId == s.Id && x.Position == position);
            var score = ItemScoring.Score(
                key,
                Naas.Web.Features.KnowledgeTest.SittingScorer.ResponseOf(
                    v,
                    answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response)
                ),
                v.ScoringRule
            );
            total += score.Max == 0 ? 0 : score.Score / score.Max;
        }
        return (sittings.Count, Math.Round(total / sittings.Count, 2));
    }
}
