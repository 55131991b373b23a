using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Web.Features.KnowledgeTest;

namespace Naas.Web.Features.Fairness;

/// <summary>Submitted sittings of the real knowledge test, each answer scored against exactly the version sat, for the
/// programme's analyses (issue 16). Reads across scope: the analyses are the programme's own, and only item and group
/// statistics leave them.</summary>
public sealed class KnowledgeSittings(NaasDbContext db)
{
    /// <param name="Right">Full marks on the question.</param>
    /// <param name="Choice">The option chosen, numbered from 0 in the question's order, for a single-best-answer
    /// question; null otherwise or when unanswered.</param>
    public sealed record Answer(Guid VersionId, bool Right, int? Choice, decimal Max);

    public sealed record Sitting(
        Guid AttemptId,
        Guid SocialWorkerId,
        Guid BlueprintId,
        DateTimeOffset StartedAt,
        decimal PassMark,
        IReadOnlyList<Answer> Answers
    );

    public sealed record Loaded(
        IReadOnlyList<Sitting> Sittings,
        IReadOnlyDictionary<Guid, KnowledgeItemVersion> Versions
    );

    /// <summary>The latest submitted sitting of each person started before <paramref name="before"/> (one person,
    /// one set of answers: a retake's questions are not counted twice), or only the sittings of one window.</summary>
    public async Task<Loaded> LoadAsync(DateTimeOffset before, TestWindow? window, CancellationToken ct)
    {
        var query = db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(a => a.SubmittedAt != null && !a.Blueprint!.IsPractice && a.StartedAt < before);
        if (window is not null)
            query = query.Where(a =>
                a.BlueprintId == window.BlueprintId && a.StartedAt >= window.Opens && a.StartedAt < window.Closes
            );
        var attempts = (
            await query
                .Select(a => new
                {
                    a.Id,
                    a.SocialWorkerId,
                    a.BlueprintId,
                    a.ItemVersionIds,
                    a.StartedAt,
                    a.PassMark,
                })
                .ToListAsync(ct)
        ).GroupBy(a => a.SocialWorkerId).Select(g => g.MaxBy(a => a.StartedAt)!).ToList();
        // Each kept sitting's responses by position, streamed from a semi-join in the database (no list of ids sent).
        var responses = attempts.ToDictionary(a => a.Id, a => new string?[a.ItemVersionIds.Count]);
        await foreach (
            var x in db
                .KnowledgeAnswers.AsNoTracking()
                .Where(x => query.Select(a => a.Id).Contains(x.AttemptId))
                .Select(x => new
                {
                    x.AttemptId,
                    x.Position,
                    x.Response,
                })
                .AsAsyncEnumerable()
                .WithCancellation(ct)
        )
            if (responses.TryGetValue(x.AttemptId, out var row) && x.Position >= 1 && x.Position <= row.Length)
                row[x.Position - 1] = x.Response;
        var versionIds = attempts.SelectMany(a => a.ItemVersionIds).Distinct().ToList();
        var versions = await db
            .KnowledgeItemVersions.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(v => v.Item)
            .Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, ct);
        var keys = versions.ToDictionary(v => v.Key, v => SittingScorer.KeyOf(v.Value));
        var options = versions.ToDictionary(v => v.Key, v => KnowledgeItemVersion.Lines(v.Value.Options).ToList());
        // Many candidates give the same response to a question: each (version, response) is scored once.
        var scored = new Dictionary<(Guid, string), Answer>();
        Answer Score(Guid id, string? response)
        {
            if (scored.TryGetValue((id, response ?? ""), out var known))
                return known;
            var v = versions[id];
            var lines = response is null ? [] : KnowledgeItemVersion.Lines(response);
            var score = ItemScoring.Score(keys[id], SittingScorer.ResponseOf(v, lines), v.ScoringRule);
            int? choice =
                v.Type == ItemType.SingleBestAnswer && lines.Count == 1
                    ? options[id].IndexOf(lines[0]) is var c and >= 0
                        ? c
                        : null
                    : null;
            return scored[(id, response ?? "")] = new Answer(
                id,
                score.Max > 0 && score.Score >= score.Max,
                choice,
                score.Max
            );
        }
        var sittings = attempts
            .Select(a => new Sitting(
                a.Id,
                a.SocialWorkerId,
                a.BlueprintId,
                a.StartedAt,
                a.PassMark,
                a.ItemVersionIds.Select((id, i) => Score(id, responses[a.Id][i])).ToList()
            ))
            .ToList();
        return new Loaded(sittings, versions);
    }
}
