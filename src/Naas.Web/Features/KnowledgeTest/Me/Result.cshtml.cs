using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class ResultModel(NaasDbContext db, SittingClock tests) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public KnowledgeAttempt? Attempt { get; private set; }

    /// <summary>Practice feedback for one question: the verdict, what the candidate answered and, where it was not
    /// wholly right, the right answer (practice questions are published with their answers, ADR 0014).</summary>
    public sealed record QuestionFeedback(
        int Position,
        string Verdict,
        string Stem,
        string? Rationale,
        IReadOnlyList<string> Yours,
        IReadOnlyList<string>? RightAnswer
    );

    public List<QuestionFeedback> Feedback { get; private set; } = [];

    /// <summary>A response or key as lines a person reads: the options chosen, or each statement with true or
    /// false.</summary>
    private static IReadOnlyList<string> Words(KnowledgeItemVersion v, IReadOnlyList<string> lines, bool isKey)
    {
        if (v.Type != ItemType.MultiPart)
            return lines;
        var statements = KnowledgeItemVersion.Lines(v.Options);
        if (isKey)
            return statements.Select(st => $"{st}: {(lines.Contains(st) ? "true" : "false")}").ToList();
        var given = SittingScorer.ResponseOf(v, lines).Statements ?? new Dictionary<string, string>();
        return statements.Where(given.ContainsKey).Select(st => $"{st}: {given[st]}").ToList();
    }

    public List<(string Area, decimal Score, decimal Max)> ByArea { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (Attempt is null)
            return NotFound();
        if (Attempt.SubmittedAt is null)
            return Redirect(KnowledgeTestLinks.MeCheck(Id));
        // Feedback per question only for practice tests; results of the real test wait for release.
        if (Attempt.Blueprint!.IsPractice)
        {
            var areas = await db
                .KnowledgeAreas.AsNoTracking()
                .ToDictionaryAsync(x => x.Id, x => $"{x.Number}. {x.Title}", ct);
            ByArea = Attempt.Subscores.Select(s => (areas[s.AreaId], s.Score, s.Max)).ToList();
            var ids = Attempt.Items;
            var versions = await db
                .KnowledgeItemVersions.AsNoTracking()
                .Include(v => v.Item)
                .Where(v => ids.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id, ct);
            for (var i = 0; i < ids.Count; i++)
            {
                var v = versions[ids[i]];
                // Assembly never puts a real-test item on a practice form; should one ever be there, nothing of it is
                // told.
                if (v.Item!.Pool != ItemPool.Practice)
                    continue;
                var answer = Attempt.Answers.SingleOrDefault(a => a.Position == i + 1);
                var s = ItemScoring.Score(
                    SittingScorer.KeyOf(v),
                    SittingScorer.ResponseOf(v, answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response)),
                    v.ScoringRule
                );
                var response = answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response);
                var right = s.Score == s.Max;
                Feedback.Add(
                    new(
                        i + 1,
                        right ? "right"
                            : s.Score > 0 ? "partly right"
                            : answer is null ? "not answered"
                            : "not right",
                        v.Stem,
                        v.Rationale,
                        Words(v, response, isKey: false),
                        right ? null : Words(v, KnowledgeItemVersion.Lines(v.Key), isKey: true)
                    )
                );
            }
        }
        return Page();
    }
}
