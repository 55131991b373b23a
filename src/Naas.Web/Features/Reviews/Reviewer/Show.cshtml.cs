using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Reviews.Reviewer;

/// <summary>The assigned reviewer re-examines the case and decides, with reasons the social worker reads.</summary>
public class ShowModel(ReviewCases cases, ReviewDecisions reviews) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? Element { get; set; }

    [BindProperty]
    public string? Score { get; set; }

    [BindProperty]
    public List<string> FreshElements { get; set; } = [];
    public ReviewCase? Case { get; private set; }
    public static IReadOnlyList<Choice> Decisions { get; } =
    [
        new(nameof(ReviewDecision.Upheld), ReviewDecision.Upheld.Words()),
        new(
            nameof(ReviewDecision.Remarked),
            "Re-mark an element",
            "Enter the new score below; the pass mark stays the one used"
        ),
        new(
            nameof(ReviewDecision.FreshAttempt),
            ReviewDecision.FreshAttempt.Words(),
            "Choose the elements below; the other results are kept, and no new endorsement is needed"
        ),
    ];
    public List<Choice> Elements =>
        Case!
            .MarkHistory.Where(m => m.SupersededAt is null)
            .Select(m => new Choice(
                m.Element,
                Words.Element(m.Element),
                $"Now {m.Score:0.##} of {m.Max:0.##}, pass mark {m.PassMark:0.##}"
            ))
            .ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Case = await cases.CaseAsync(Id, UserId, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((Case = await cases.CaseAsync(Id, UserId, ct)) is null)
            return NotFound();
        var problems = await reviews.DecideAsync(Id, UserId, Decision, Reasons, Element, Score, FreshElements, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            return Page();
        }
        Success("Your decision has been recorded, and the social worker has been told with your reasons.");
        return RedirectToPage("Index");
    }
}
