using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.ItemBank;

/// <summary>The one change allowed to a version once shown: an audited key correction, which rescores every sitting
/// that saw it.</summary>
public sealed class KeyCorrection(NaasDbContext db, Naas.Web.Features.KnowledgeTest.SittingScorer scorer)
{
    /// <summary>Corrects a wrong key, even on a version already used: the one change a used version allows, because
    /// candidates must not keep marks from a wrong key or lose them to one. Every submitted sitting that used the
    /// version is re-scored, with an audit record for each changed score, all in one transaction.</summary>
    public async Task<(int Rescored, string? Problem)> CorrectKeyAsync(
        KnowledgeItemVersion v,
        string? newKey,
        string? reason,
        string actorName,
        CancellationToken ct
    )
    {
        if (string.IsNullOrWhiteSpace(reason))
            return (0, "Enter why the key is being corrected");
        var key = KnowledgeItemVersion.Lines(newKey ?? "");
        var problems = new ItemContent(
            v.Type,
            v.Stem,
            KnowledgeItemVersion.Lines(v.Options),
            key,
            v.OptionsToChoose
        ).Validate();
        if (problems.Count > 0)
            return (0, problems[0].Message);
        var joined = string.Join("\n", key);
        if (joined == v.Key)
            return (0, "The new key is the same as the old one");
        db.Record(new KeyCorrected(v.Id, v.Item!.Reference, v.Version, v.Key.Split('\n'), key, reason.Trim()));
        v.Key = joined;
        // Every candidate's sitting, not only the caller's: the author cannot read them, but the correction must reach
        // them all.
        var attempts = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .Where(a => a.SubmittedAt != null && a.ItemVersionIds.Contains(v.Id))
            .ToListAsync(ct);
        var rescored = 0;
        foreach (var attempt in attempts)
        {
            var (score, _) = await scorer.ScoreAsync(attempt, ct);
            if (score == attempt.Score)
                continue;
            db.Record(
                new AttemptRescored(
                    attempt.Id,
                    attempt.SocialWorkerId,
                    v.Id,
                    v.Item.Reference,
                    attempt.Score,
                    score,
                    reason.Trim()
                )
            );
            attempt.Score = score;
            rescored++;
        }
        await db.SaveChangesAsync(ct);
        return (rescored, null);
    }
}
