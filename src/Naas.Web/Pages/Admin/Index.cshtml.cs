using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Endorsement;
using Naas.Domain.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Admin;

/// <summary>The programme's landing page: what is waiting for it, and every area it manages.</summary>
public class AdminIndexModel(NaasDbContext db) : NaasPage
{
    public int AdjustmentRequests { get; private set; }
    public int AssessmentsUnderWay { get; private set; }
    public int ReviewsToAssign { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var requests = await db.TestBookings.AsNoTracking().Where(b => b.AdjustmentRequest != null && b.CancelledAt == null)
            .Select(b => new { b.SocialWorkerId, b.BookedAt }).ToListAsync(ct);
        var agreed = await db.ReasonableAdjustments.AsNoTracking().ToDictionaryAsync(a => a.SocialWorkerId, a => a.AgreedAt, ct);
        AdjustmentRequests = requests.Count(r => !agreed.TryGetValue(r.SocialWorkerId, out var at) || at < r.BookedAt);
        AssessmentsUnderWay = await db.Endorsements.CountAsync(e => e.State == EndorsementState.InAssessment, ct);
        ReviewsToAssign = await db.ReviewRequests.CountAsync(r => r.State == ReviewState.AwaitingReviewer, ct);
    }
}
