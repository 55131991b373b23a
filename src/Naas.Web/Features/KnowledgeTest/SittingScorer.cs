using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>Scores a sitting against the keys of exactly the item versions it used (the rules are the domain's
/// <see cref="ItemScoring"/>), with section and area subscores.</summary>
public sealed class SittingScorer(NaasDbContext db)
{
    /// <summary>Scores a sitting against the keys of exactly the item versions it used, as they stand now, and sets
    /// its section and area subscores.</summary>
    public async Task<(decimal Score, decimal Max)> ScoreAsync(KnowledgeAttempt a, CancellationToken ct)
    {
        var ids = a.Items;
        var versions = await db.KnowledgeItemVersions.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        // What the database holds, not what this request happens to have loaded: a save by another request (the
        // autosave's writer) may have changed a row since.
        var answers = await db
            .KnowledgeAnswers.AsNoTracking()
            .Where(x => x.AttemptId == a.Id)
            .ToDictionaryAsync(x => x.Position, ct);
        var byArea = new SortedDictionary<(string Section, Guid AreaId), (decimal Score, decimal Max)>();
        for (var i = 0; i < ids.Count; i++)
        {
            var v = versions[ids[i]];
            var s = ItemScoring.Score(
                KeyOf(v),
                ResponseOf(v, answers.TryGetValue(i + 1, out var ans) ? KnowledgeItemVersion.Lines(ans.Response) : []),
                v.ScoringRule
            );
            var cell = (v.AppliedFor is null ? "General" : "Applied", v.AreaId);
            var (cs, cm) = byArea.GetValueOrDefault(cell);
            byArea[cell] = (cs + s.Score, cm + s.Max);
        }
        a.Subscores =
        [
            .. byArea.Select(kv => new AreaSubscore(kv.Key.Section, kv.Key.AreaId, kv.Value.Score, kv.Value.Max)),
        ];
        return (byArea.Values.Sum(x => x.Score), byArea.Values.Sum(x => x.Max));
    }

    public static ItemKey KeyOf(KnowledgeItemVersion v) =>
        new(
            v.Type,
            KnowledgeItemVersion.Lines(v.Key),
            v.OptionsToChoose,
            v.Type == ItemType.MultiPart ? KnowledgeItemVersion.Lines(v.Options) : null
        );

    /// <summary>Responses are stored as option texts; multi-part ones as "statement=true|false".</summary>
    public static ItemResponse ResponseOf(KnowledgeItemVersion v, IReadOnlyList<string> lines) =>
        v.Type == ItemType.MultiPart
            ? new ItemResponse(
                [],
                lines.Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1])
            )
            : new ItemResponse(lines);
}
