using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.Reports;

namespace Naas.Web.Features.Reviews;

/// <summary>What a reviewer re-examines: the candidate's report as released, every mark ever recorded for the
/// assessment (superseded ones too, with who recorded them), both statements, and the recordings and written work
/// the markers kept, and each simulation's sheets and outcome as the observers and any moderator left them.</summary>
public sealed record ReviewCase(
    ReviewRequest Review,
    SocialWorker Person,
    Endorsement Endorsement,
    ResultRelease Release,
    AssessmentReport? Report,
    IReadOnlyList<ElementMark> MarkHistory,
    string Employer,
    IReadOnlyList<MarkEvidence> Evidence,
    IReadOnlyList<Observation.SimulationResults.Scored> Simulations,
    WrittenSitting? Written = null,
    ReflectiveConversation? Reflective = null
);

/// <summary>The reviewer's reading: the reviews assigned to them and the case each re-examines.</summary>
public sealed class ReviewCases(NaasDbContext db, ReportService reports, Observation.SimulationResults simulations)
{
    /// <summary>Reviews assigned to this reviewer (the query filter scopes them to their own).</summary>
    /// The reviewer's account is outside every candidate's scope; their assignment is what lets them read the name.
    public async Task<List<(ReviewRequest Review, SocialWorker Person)>> AssignedAsync(
        Guid reviewerUserId,
        CancellationToken ct
    ) =>
        (
            await db
                .ReviewRequests.AsNoTracking()
                .Where(r => r.ReviewerUserId == reviewerUserId)
                .Join(db.SocialWorkers.IgnoreQueryFilters(), r => r.SocialWorkerId, p => p.Id, (r, p) => new { r, p })
                .OrderBy(x => x.r.DecisionDue)
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.p))
            .ToList();

    /// <summary>The case a reviewer re-examines: only the reviewer it is assigned to (or the programme) reaches
    /// it.</summary>
    public async Task<ReviewCase?> CaseAsync(Guid reviewId, Guid? reviewerUserId, CancellationToken ct)
    {
        var r = await db
            .ReviewRequests.AsNoTracking()
            .SingleOrDefaultAsync(
                x => x.Id == reviewId && (reviewerUserId == null || x.ReviewerUserId == reviewerUserId),
                ct
            );
        if (r is null)
            return null;
        // The reviewer's own account is outside every candidate's scope; the assignment checked above is what lets them
        // read.
        var e = await db
            .Endorsements.IgnoreQueryFilters()
            .AsNoTracking()
            .Include(x => x.Organisation)
            .SingleAsync(x => x.Id == r.EndorsementId, ct);
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == r.SocialWorkerId, ct);
        var release = await db
            .ResultReleases.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(x => x.Id == r.ReleaseId, ct);
        var history = await db
            .ElementMarks.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(m => m.EndorsementId == e.Id)
            .OrderBy(m => m.Element)
            .ThenBy(m => m.RecordedAt)
            .ToListAsync(ct);
        var report = await reports.ForCaseAsync(e, ct);
        var evidence = await db
            .MarkEvidence.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(x => x.EndorsementId == e.Id)
            .OrderBy(x => x.Element)
            .ThenBy(x => x.UploadedAt)
            .ToListAsync(ct);
        return new ReviewCase(
            r,
            person,
            e,
            release,
            report,
            history,
            e.Organisation!.Name,
            evidence,
            await simulations.ScoredAsync(e.Id, ct),
            // The written script as its marker marked it (who marked it is the programme's and the reviewer's to
            // know) and the reflective conversation as scored: the reviewer re-examines both (¶42).
            await db
                .WrittenSittings.IgnoreQueryFilters()
                .AsNoTracking()
                .Include(w => w.Answers)
                .Include(w => w.Marks)
                .Include(w => w.Exercise)
                    .ThenInclude(x => x!.Tasks)
                .Include(w => w.Exercise)
                    .ThenInclude(x => x!.Criteria)
                .SingleOrDefaultAsync(w => w.EndorsementId == e.Id && w.SubmittedAt != null, ct),
            await db
                .ReflectiveConversations.IgnoreQueryFilters()
                .AsNoTracking()
                .Include(c => c.Marks)
                .Include(c => c.Observer)
                .Include(c => c.Guide)
                    .ThenInclude(g => g!.Criteria)
                .SingleOrDefaultAsync(c => c.EndorsementId == e.Id, ct)
        );
    }
}
