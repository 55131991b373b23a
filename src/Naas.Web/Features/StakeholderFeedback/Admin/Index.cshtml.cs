using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StakeholderFeedback.Admin;

public class FeedbackAdminModel(FeedbackService feedback) : NaasPage
{
    public List<FeedbackService.LeaderRow> Leaders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Leaders = await feedback.LeadersAsync(ct);

    public async Task<IActionResult> OnPostRecordAsync(Guid endorsementId, CancellationToken ct)
    {
        if (await feedback.RecordAsync(endorsementId, Scope.ActorName, ct) is { } problem)
        {
            ModelState.AddModelError($"record-{endorsementId}", problem);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Structured feedback recorded in the leader's results. The links already sent are now closed.");
        return RedirectToPage();
    }
}
