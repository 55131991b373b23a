using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Fairness.Analyst;

/// <summary>The knowledge test's DIF screen for the programme's analysts (issue 16, item 2): reading it changes
/// nothing; running it suspends every live C item and sends it to content review with its evidence.</summary>
public class DifModel(KnowledgeDif dif) : NaasPage
{
    public KnowledgeDif.Screened? Screened { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Screened = await dif.ScreenAsync(false, Scope.ActorName, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var run = await dif.ScreenAsync(true, Scope.ActorName, ct);
        Success(
            run.Suspended.Count == 0
                ? "Screened: no live question is C, so none was suspended."
                : $"Screened: {Words.Count(run.Suspended.Count, "question")} suspended from new forms and sent to content review ({string.Join(", ", run.Suspended)})."
        );
        return RedirectToPage();
    }
}
