using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>The programme's part: the short assessments awaited, and each one's mark against its pass mark.</summary>
public sealed class ShortAssessments(NaasDbContext db, ReaccreditationCompletion completion, TimeProvider clock)
{
    /// <summary>Re-accreditations waiting for a short assessment's mark, for the programme.</summary>
    public async Task<List<(Reaccreditation R, SocialWorker Person, Accreditation A)>> AwaitingShortAssessmentAsync(
        CancellationToken ct,
        Guid? accreditationId = null
    ) =>
        (
            await db
                .Reaccreditations.AsNoTracking()
                .Where(r =>
                    r.ShortAssessmentRequired
                    && r.ShortAssessmentScore == null
                    && r.CompletedAt == null
                    && r.ClosedAt == null
                    && (accreditationId == null || r.AccreditationId == accreditationId)
                )
                .Join(
                    db.Accreditations.Include(a => a.SocialWorker),
                    r => r.AccreditationId,
                    a => a.Id,
                    (r, a) => new { r, a }
                )
                .OrderBy(x => x.r.SubmittedAt)
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.a.SocialWorker!, x.a))
            .ToList();

    /// <summary>The programme records the short assessment's mark (delivered outside the service, like observation): a
    /// pass renews once any endorsement is in; a fail ends this request with the reason, and the social worker may ask
    /// again.</summary>
    public async Task<List<(string Field, string Message)>> RecordShortAssessmentAsync(
        Guid reaccreditationId,
        string? score,
        string? max,
        string? passMark,
        CancellationToken ct
    )
    {
        var r = await db.Reaccreditations.SingleOrDefaultAsync(
            x =>
                x.Id == reaccreditationId
                && x.ShortAssessmentRequired
                && x.ShortAssessmentScore == null
                && x.CompletedAt == null
                && x.ClosedAt == null,
            ct
        );
        if (r is null)
            return [("", "This re-accreditation is not waiting for a short assessment's mark")];
        var problems = new List<(string Field, string Message)>();
        var (s, m, p) = Naas.Web.Features.Marking.MarkRecorder.CheckNumbers(score, max, passMark, problems);
        if (problems.Count > 0)
            return problems;
        (r.ShortAssessmentScore, r.ShortAssessmentMax, r.ShortAssessmentPassMark) = (s, m, p);
        r.ShortAssessmentRecordedAt = clock.GetUtcNow();
        r.ShortAssessmentRecordedBy = db.Scope.ActorName;
        var passed = r.ShortAssessmentPassed == true;
        db.Record(new ShortAssessmentMarked(r.Id, r.SocialWorkerId, s, m, p, passed), r.OrganisationId);
        if (passed)
            await completion.CompleteIfReadyAsync(r, ct);
        else
        {
            r.ClosedAt = clock.GetUtcNow();
            r.ClosedReason = $"The short assessment was not passed ({s:0.##} of {m:0.##}; the pass mark was {p:0.##})";
            db.Record(new ReaccreditationClosed(r.Id, r.SocialWorkerId, r.ClosedReason), r.OrganisationId);
            var person = await db
                .SocialWorkers.IgnoreQueryFilters()
                .AsNoTracking()
                .SingleAsync(x => x.Id == r.SocialWorkerId, ct);
            db.Email(
                clock,
                person.Email,
                "Your re-accreditation short assessment",
                $"Dear {person.GivenName},\n\n{r.ClosedReason}. Your accreditation stays as it is until its due date. You can ask to be re-accredited again, and take the short assessment again, from your record.\n"
            );
        }
        await db.SaveChangesAsync(ct);
        return [];
    }
}
