using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Domain.Workforce;
using Naas.Web.Features.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reports;

public sealed record ElementReport(
    string Element,
    string Description,
    ElementResult Result,
    decimal Score,
    decimal Max,
    decimal PassMark,
    string? Feedback
);

public sealed record AreaScore(string Area, decimal Score, decimal Max, bool ForDevelopment);

/// <summary>A candidate's feedback report (¶34, ¶41, ¶74): each element's result, knowledge scores by area with the
/// areas for development, and the markers' narratives.</summary>
public sealed record AssessmentReport(
    Guid EndorsementId,
    string Name,
    string RegistrationNumber,
    StatusLevel Level,
    string Employer,
    ResultRelease Release,
    IReadOnlyList<ElementReport> Elements,
    IReadOnlyList<AreaScore> KnowledgeAreas
);

/// <summary>Feedback reports and who may read them: the candidate always; their employer only with the candidate's
/// consent, which the candidate can withdraw at any time. Employers' reads cross the per-candidate query filters, so
/// every such query here checks the organisation and the consent itself.</summary>
public sealed class ReportService(NaasDbContext db, AssessmentViews assessments)
{
    public async Task<AssessmentReport?> ForCandidateAsync(
        Guid socialWorkerId,
        Guid endorsementId,
        CancellationToken ct
    )
    {
        var e = await db
            .Endorsements.AsNoTracking()
            .Include(x => x.Organisation)
            .SingleOrDefaultAsync(x => x.Id == endorsementId && x.SocialWorkerId == socialWorkerId, ct);
        return e is null ? null : await BuildAsync(e, ct);
    }

    public async Task<AssessmentReport?> ForEmployerAsync(Guid organisationId, Guid endorsementId, CancellationToken ct)
    {
        var e = await db
            .Endorsements.AsNoTracking()
            .Include(x => x.Organisation)
            .SingleOrDefaultAsync(x => x.Id == endorsementId && x.OrganisationId == organisationId, ct);
        if (e is null || !await SharedAsync(e.SocialWorkerId, organisationId, ct))
            return null;
        return await BuildAsync(e, ct);
    }

    /// <summary>The report for an assessment whose reader the caller has already established (an assigned
    /// reviewer).</summary>
    public Task<AssessmentReport?> ForCaseAsync(Endorsement e, CancellationToken ct) => BuildAsync(e, ct);

    private Task<bool> SharedAsync(Guid socialWorkerId, Guid organisationId, CancellationToken ct) =>
        db
            .ReportConsents.IgnoreQueryFilters()
            .AnyAsync(
                c => c.SocialWorkerId == socialWorkerId && c.OrganisationId == organisationId && c.WithdrawnAt == null,
                ct
            );

    // Marks, releases and sittings are filtered to the candidate; the callers above have already established who may
    // read.
    private async Task<AssessmentReport?> BuildAsync(Endorsement e, CancellationToken ct)
    {
        var release = await db
            .ResultReleases.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(r => r.EndorsementId == e.Id && r.SupersededAt == null, ct);
        if (release is null)
            return null;
        var person = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(p => p.Id == e.SocialWorkerId, ct);
        var marks = await db
            .ElementMarks.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(m => m.EndorsementId == e.Id && m.SupersededAt == null)
            .ToListAsync(ct);
        var elements = await assessments.ElementsAsync(e.Level, ct);
        var areas = new List<AreaScore>();
        var knowledge = marks.Where(m => m.KnowledgeAttemptId != null).MaxBy(m => m.RecordedAt);
        var attempt = knowledge is null
            ? null
            : await db
                .KnowledgeAttempts.IgnoreQueryFilters()
                .AsNoTracking()
                .SingleAsync(a => a.Id == knowledge.KnowledgeAttemptId, ct);
        // Each element is described as the candidate took it: the knowledge test by the form they sat, not by the
        // model's general description (which spoke of 30 questions to someone who answered 7).
        string Describe(string kind, string description) =>
            kind == AssessmentViews.Knowledge && attempt is not null
                ? $"The knowledge test you sat: {Infrastructure.Words.Count(attempt.Items.Count, "question")} in {attempt.AllowedSeconds / 60} minutes."
                : Infrastructure.Words.Plain(description);
        var reports = elements
            .Select(x => (x, m: marks.Where(m => m.Element == x.Kind).MaxBy(m => m.RecordedAt)))
            .Where(x => x.m is not null)
            .Select(x => new ElementReport(
                x.x.Kind,
                Describe(x.x.Kind, x.x.Description),
                x.m!.Result,
                x.m.Score,
                x.m.Max,
                x.m.PassMark,
                x.m.Feedback
            ))
            .ToList();
        if (knowledge is not null && attempt is not null)
        {
            var names = await db
                .KnowledgeAreas.AsNoTracking()
                .ToDictionaryAsync(x => x.Id, x => $"{x.Number}. {x.Title}", ct);
            var bar = knowledge.Max == 0 ? 0 : knowledge.PassMark / knowledge.Max;
            areas = attempt
                .Subscores.GroupBy(s => s.AreaId)
                .Select(g => new AreaScore(
                    names.GetValueOrDefault(g.Key, "Area"),
                    g.Sum(s => s.Score),
                    g.Sum(s => s.Max),
                    g.Sum(s => s.Max) > 0 && g.Sum(s => s.Score) / g.Sum(s => s.Max) < bar
                ))
                .OrderBy(a => a.Area, StringComparer.Ordinal)
                .ToList();
        }
        return new AssessmentReport(
            e.Id,
            person.FullName,
            person.RegistrationNumber,
            e.Level,
            e.Organisation?.Name ?? "",
            release,
            reports,
            areas
        );
    }

    public static string OutcomeWords(ResultRelease r) =>
        r.Outcome switch
        {
            OutcomeKind.Accredited => "Accredited",
            OutcomeKind.RetakeElement =>
                $"Retake the {(r.RetakeElement is { } k ? Infrastructure.Words.Element(k).ToLowerInvariant() : "")} element by {r.RetakeBy:d MMMM yyyy}",
            _ => $"Retake the whole assessment from {r.RetakeNotBefore:d MMMM yyyy}",
        };

    public byte[] Pdf(AssessmentReport r)
    {
        using var pdf = new PdfReport($"Assessment report: {r.Name}", $"{r.Level.Name()} assessment report");
        pdf.Line("Registration number", r.RegistrationNumber);
        pdf.Line("Status assessed", r.Level.Name());
        pdf.Line("Endorsed by", r.Employer);
        pdf.Line("Results released", r.Release.ReleasedAt.UtcDateTime.ToString("d MMMM yyyy"));
        pdf.Line("Outcome", OutcomeWords(r.Release));
        pdf.Heading("Each element");
        foreach (var e in r.Elements)
        {
            pdf.Paragraph(
                $"{Infrastructure.Words.Element(e.Element)}: {e.Result.Words()}, {e.Score:0.##} of {e.Max:0.##} (pass mark {e.PassMark:0.##}). {e.Description}"
            );
            if (e.Feedback is { } f)
                pdf.Paragraph(f, grey: true);
        }
        if (r.KnowledgeAreas.Count > 0)
        {
            pdf.Heading("Knowledge test by area");
            foreach (var a in r.KnowledgeAreas)
                pdf.Paragraph(
                    $"{a.Area}: {a.Score:0.##} of {a.Max:0.##}{(a.ForDevelopment ? " (an area for development)" : "")}"
                );
        }
        var development = r.KnowledgeAreas.Where(a => a.ForDevelopment).Select(a => a.Area).ToList();
        if (development.Count > 0)
        {
            pdf.Heading("Areas for development");
            pdf.Paragraph(
                $"In the knowledge test: {string.Join("; ", development)}. Agree a development plan with your employer that works on these before you take the assessment again."
            );
        }
        return pdf.Build();
    }
}
