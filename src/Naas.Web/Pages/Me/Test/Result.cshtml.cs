using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Knowledge;
using Naas.Web.Features.KnowledgeTest;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Me.Test;

public class ResultModel(NaasDbContext db, KnowledgeTestService tests) : NaasPage
{
    [FromRoute] public Guid Id { get; set; }
    public KnowledgeAttempt? Attempt { get; private set; }
    public List<(int Position, string Verdict, string Stem, string? Rationale)> Feedback { get; private set; } = [];
    public List<(string Area, decimal Score, decimal Max)> ByArea { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (Attempt is null) return NotFound();
        if (Attempt.SubmittedAt is null) return Redirect($"/me/test/{Id}/check");
        // Feedback per question only for practice tests; results of the real test wait for release.
        if (Attempt.Blueprint!.IsPractice)
        {
            var areas = await db.KnowledgeAreas.AsNoTracking().ToDictionaryAsync(x => x.Id, x => $"{x.Number}. {x.Title}", ct);
            ByArea = KnowledgeTestService.Subscores(Attempt).Select(s => (areas[s.AreaId], s.Score, s.Max)).ToList();
            var ids = Attempt.Items;
            var versions = await db.KnowledgeItemVersions.AsNoTracking().Include(v => v.Item).Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
            for (var i = 0; i < ids.Count; i++)
            {
                var v = versions[ids[i]];
                // Assembly never puts a real-test item on a practice form; should one ever be there, nothing of it is told.
                if (v.Item!.Pool != ItemPool.Practice) continue;
                var answer = Attempt.Answers.SingleOrDefault(a => a.Position == i + 1);
                var s = ItemScoring.Score(KnowledgeTestService.KeyOf(v), KnowledgeTestService.ResponseOf(v, answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response)), v.ScoringRule);
                Feedback.Add((i + 1, s.Score == s.Max ? "right" : s.Score > 0 ? "partly right" : answer is null ? "not answered" : "not right", v.Stem, v.Rationale));
            }
        }
        return Page();
    }
}
