using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class BreakModel(SittingClock tests) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public string RemainingText { get; private set; } = "";
    public string? BreakEndsText { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        if (attempt.BreakStartedAt is null)
            return Redirect(KnowledgeTestLinks.MeQuestion(Id, 1));
        RemainingText = SittingClock.Describe(tests.Remaining(attempt));
        if (attempt.MaxBreakSeconds > 0)
            BreakEndsText =
                $"This break can last up to {attempt.MaxBreakSeconds / 60} minutes, until {Naas.Web.Infrastructure.Clock.UkDateTime(attempt.BreakStartedAt.Value.AddSeconds(attempt.MaxBreakSeconds))[^5..]}. After that the clock starts again, even if you have not come back.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        await tests.ResumeAsync(attempt, ct);
        return Redirect(KnowledgeTestLinks.MeQuestion(Id, 1));
    }
}
