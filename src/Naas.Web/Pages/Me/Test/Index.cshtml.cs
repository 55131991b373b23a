using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.KnowledgeTest;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Me.Test;

public class TestIndexModel(NaasDbContext db, KnowledgeTestService tests) : NaasPage
{
    public KnowledgeAttempt? Running { get; private set; }
    public List<KnowledgeAttempt> Done { get; private set; } = [];
    public List<KnowledgeBlueprint> Practice { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var attempts = await tests.MineAsync(User.SocialWorkerId() ?? Guid.Empty, ct);
        Running = attempts.FirstOrDefault(a => a.SubmittedAt is null);
        Done = attempts.Where(a => a.SubmittedAt is not null).OrderByDescending(a => a.SubmittedAt).ToList();
        Practice = await db.KnowledgeBlueprints.AsNoTracking().Where(b => b.IsPractice).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid blueprintId, CancellationToken ct)
    {
        var (attempt, problem) = await tests.StartAsync(User.SocialWorkerId()!.Value, blueprintId, ct);
        if (attempt is null) { ModelState.AddModelError("", problem!); await OnGetAsync(ct); return Page(); }
        return Redirect($"/me/test/{attempt.Id}/1");
    }
}
