using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class CheckModel(SittingClock tests) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public List<(int Position, bool Answered, bool Flagged)> Rows { get; private set; } = [];
    public string RemainingText { get; private set; } = "";

    /// <summary>For the page's countdown, which warns at 5 and 1 minutes here as on a question.</summary>
    public int RemainingSeconds { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        if (attempt.SubmittedAt is not null)
            return Redirect(KnowledgeTestLinks.MeResult(Id));
        Rows = Enumerable
            .Range(1, attempt.Items.Count)
            .Select(p =>
                attempt.Answers.SingleOrDefault(a => a.Position == p) is { } a
                    ? (p, a.Response.Length > 0, a.Flagged)
                    : (p, false, false)
            )
            .ToList();
        var remaining = tests.Remaining(attempt);
        RemainingText = SittingClock.Describe(remaining);
        RemainingSeconds = (int)Math.Ceiling(remaining.TotalSeconds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        await tests.SubmitAsync(attempt, ct);
        return Redirect(KnowledgeTestLinks.MeResult(Id));
    }
}
