using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Endorsements;
using Naas.Domain.Reviews;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Administration.Admin;

/// <summary>The programme's landing page: what is waiting for it, and every area it manages.</summary>
public class AdminIndexModel(NaasDbContext db, Naas.Web.Features.KnowledgeTest.BookingService bookings) : NaasPage
{
    public int AdjustmentRequests { get; private set; }
    public int AssessmentsUnderWay { get; private set; }
    public int ReviewsToAssign { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AdjustmentRequests = (await bookings.UndecidedRequestsAsync(ct)).Count;
        AssessmentsUnderWay = await db.Endorsements.CountAsync(e => e.State == EndorsementState.InAssessment, ct);
        ReviewsToAssign = await db.ReviewRequests.CountAsync(r => r.State == ReviewState.AwaitingReviewer, ct);
    }
}
