using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.StakeholderFeedback;

/// <summary>A respondent's answers, through the link they were sent (no account).</summary>
public class RespondModel(FeedbackService feedback) : NaasPage
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    public string Leader { get; private set; } = "";
    public List<KnowledgeArea> Areas { get; private set; } = [];
    public bool Answered { get; private set; }

    public static IReadOnlyList<Choice> Scale { get; } =
    [
        new("1", "1: not seen"),
        new("2", "2: seldom"),
        new("3", "3: sometimes"),
        new("4", "4: often"),
        new("5", "5: consistently"),
    ];

    public string? Rating(int area) => Request.HasFormContentType ? Request.Form[$"Area{area}"].FirstOrDefault() : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await feedback.OpenAsync(Token, ct) is not { } opened)
            return NotFound();
        (Leader, Areas, Answered) = (opened.Leader, opened.Areas, opened.Request.AnsweredAt is not null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await feedback.OpenAsync(Token, ct) is not { } opened)
            return NotFound();
        var ratings = Enumerable
            .Range(1, opened.Areas.Count)
            .Select(i => int.TryParse(Request.Form[$"Area{i}"].FirstOrDefault(), out var r) ? r : (int?)null)
            .ToList();
        var problems = await feedback.AnswerAsync(Token, ratings, Comment, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            (Leader, Areas, Answered) = (opened.Leader, opened.Areas, opened.Request.AnsweredAt is not null);
            return Page();
        }
        Success("Thank you: your feedback has been received.");
        return RedirectToPage();
    }
}
