using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Fairness;
using Naas.Web.Features.Accreditations;
using Naas.Web.Features.Reports;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Me;

/// <summary>Everything held about the social worker, as one package they can keep at any time: their record as JSON,
/// each assessment report and certificate as a PDF, and each credential as the signed file, so that closing the
/// service would strand no one (seed 002: when the portal closed, people had to download theirs first).</summary>
public class DownloadModel(NaasDbContext db, TimeProvider clock, ReportService reports, CertificateService certificates)
    : NaasPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = User.SocialWorkerId() ?? Guid.Empty;
        var p = await db
            .SocialWorkers.AsNoTracking()
            .Include(x => x.Engagements)
                .ThenInclude(e => e.Organisation)
            .Include(x => x.Engagements)
                .ThenInclude(e => e.Functions)
                    .ThenInclude(f => f.StatutoryFunction)
            .Include(x => x.Accreditations)
            .Include(x => x.Endorsements)
                .ThenInclude(e => e.Organisation)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == me, ct);
        if (p is null)
            return NotFound();
        var releases = await db
            .ResultReleases.AsNoTracking()
            .Where(r => r.SocialWorkerId == me)
            .OrderBy(r => r.ReleasedAt)
            .ToListAsync(ct);
        var marks = await db
            .ElementMarks.AsNoTracking()
            .Where(m => m.SocialWorkerId == me)
            .OrderBy(m => m.RecordedAt)
            .ToListAsync(ct);
        var cpd = await db
            .CpdEntries.AsNoTracking()
            .Include(e => e.KnowledgeArea)
            .Where(e => e.SocialWorkerId == me)
            .OrderBy(e => e.Date)
            .ToListAsync(ct);
        var reaccreditations = await db
            .Reaccreditations.AsNoTracking()
            .Where(r => r.SocialWorkerId == me)
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(ct);
        var reviews = await db
            .ReviewRequests.AsNoTracking()
            .Where(r => r.SocialWorkerId == me)
            .OrderBy(r => r.RequestedAt)
            .ToListAsync(ct);
        var plans = await db
            .DevelopmentPlans.AsNoTracking()
            .Include(x => x.Goals)
            .Where(x => x.SocialWorkerId == me)
            .OrderBy(x => x.CreatedAt)
            .ToListAsync(ct);
        var consents = await db
            .ReportConsents.AsNoTracking()
            .Where(c => c.SocialWorkerId == me)
            .Include(c => c.Organisation)
            .ToListAsync(ct);
        // Their own equality information (its query filter admits only them), in their words.
        var equality = await db.EqualityRecords.AsNoTracking().SingleOrDefaultAsync(ct);
        var data = new
        {
            generatedAt = clock.GetUtcNow(),
            person = new
            {
                p.GivenName,
                p.FamilyName,
                p.RegistrationNumber,
                p.Email,
                p.Phone,
                p.QualifiedOn,
                p.AsyeStartedOn,
                p.AsyeCompletedOn,
            },
            engagements = p
                .Engagements.OrderBy(e => e.Start)
                .Select(e => new
                {
                    organisation = e.Organisation!.Name,
                    e.Start,
                    e.End,
                    employmentType = e.EmploymentType.ToString(),
                    e.FullTimeEquivalent,
                    roleLevel = e.RoleLevel.ToString(),
                    entryRoute = e.EntryRoute.ToString(),
                    statutoryFunctions = e.Functions.Select(f => f.StatutoryFunction!.Description),
                }),
            accreditations = p.Accreditations.Select(a => new
            {
                level = a.Level.ToString(),
                a.AwardedOn,
                a.IsCurrent,
                a.CertificateNumber,
                a.SuspendedAt,
                a.RevokedAt,
                a.StatusReason,
                a.ReaccreditationDue,
            }),
            endorsements = p
                .Endorsements.OrderBy(e => e.EndorsedAt)
                .Select(e => new
                {
                    organisation = e.Organisation!.Name,
                    level = e.Level.ToString(),
                    state = e.State.ToString(),
                    e.Judgement,
                    e.Evidence,
                    e.ExceptionReason,
                    e.EndorsedAt,
                    e.EndorsedBy,
                    e.RespondedAt,
                    e.DeclineReason,
                    e.WithdrawnAt,
                    e.WithdrawalReason,
                    elementsTaken = e.RetakeElements,
                    e.SingleElementRetake,
                    freshAttemptOnReview = e.FreshAttemptReviewId is not null,
                }),
            results = releases.Select(r => new
            {
                r.EndorsementId,
                r.ReleasedAt,
                r.Outcome,
                r.RetakeElement,
                r.RetakeBy,
                r.RetakeNotBefore,
                r.SupersededAt,
                r.SupersededReason,
                marks = marks
                    .Where(m => m.EndorsementId == r.EndorsementId)
                    .Select(m => new
                    {
                        m.Element,
                        m.Score,
                        m.Max,
                        m.PassMark,
                        result = m.Result.ToString(),
                        m.Feedback,
                        m.RecordedAt,
                        m.SupersededAt,
                    }),
            }),
            reviews = reviews.Select(r => new
            {
                r.EndorsementId,
                ground = r.Ground.ToString(),
                r.Statement,
                state = r.State.ToString(),
                r.RequestedAt,
                r.EmployerStatement,
                r.EmployerRespondedAt,
                decision = r.Decision?.ToString(),
                r.DecisionReasons,
                r.DecidedAt,
            }),
            cpd = cpd.Select(e => new
            {
                e.Date,
                e.Hours,
                area = $"{e.KnowledgeArea!.Number}. {e.KnowledgeArea.Title}",
                e.Description,
            }),
            developmentPlans = plans.Select(x => new
            {
                x.EndorsementId,
                x.CreatedAt,
                x.SharedAt,
                x.CandidateAgreedAt,
                x.EmployerAgreedAt,
                x.EmployerComment,
                goals = x
                    .Goals.OrderBy(g => g.TargetDate)
                    .Select(g => new
                    {
                        g.Area,
                        g.Action,
                        g.Support,
                        g.TargetDate,
                        g.Progress,
                        g.ProgressNote,
                        g.UpdatedAt,
                    }),
            }),
            reaccreditations = reaccreditations.Select(r => new
            {
                r.AccreditationId,
                r.CpdHours,
                r.SubmittedAt,
                r.EmployerEndorsedAt,
                r.EmployerStatement,
                r.ShortAssessmentScore,
                r.ShortAssessmentMax,
                r.ShortAssessmentPassMark,
                r.CompletedAt,
                r.NewDue,
                r.ClosedAt,
                r.ClosedReason,
            }),
            equalityInformation = equality is null
                ? null
                : new
                {
                    age = equality.AgeBand?.Words(),
                    sex = equality.Sex?.Words(),
                    ethnicGroup = equality.Ethnicity?.Words(),
                    disabled = equality.Disability?.Words(),
                    equality.UpdatedAt,
                },
            reportsSharedWith = consents.Select(c => new
            {
                organisation = c.Organisation?.Name,
                c.GivenAt,
                c.WithdrawnAt,
            }),
        };

        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
            Add(
                "record.json",
                JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions { WriteIndented = true })
            );
            foreach (var r in releases.Where(r => r.SupersededAt is null))
                if (await reports.ForCandidateAsync(me, r.EndorsementId, ct) is { } report)
                    Add(
                        $"reports/assessment-report-{r.ReleasedAt:yyyy-MM-dd}-{r.EndorsementId.ToString()[..8]}.pdf",
                        reports.Pdf(report)
                    );
            foreach (var number in p.Accreditations.Select(a => a.CertificateNumber).OfType<string>())
                if (await certificates.FindAsync(me, number, ct) is { } c)
                {
                    Add($"certificates/certificate-{c.Number}.pdf", certificates.Pdf(c));
                    Add(
                        $"certificates/credential-{c.Number}.jwt",
                        System.Text.Encoding.ASCII.GetBytes(await certificates.CredentialAsync(c, ct))
                    );
                }
            Add(
                "README.txt",
                System.Text.Encoding.UTF8.GetBytes(
                    $"Your record from the National Assessment and Accreditation System, downloaded {clock.GetUtcNow():d MMMM yyyy HH:mm} UTC.\n\n"
                        + "record.json: everything we hold about you, as data.\nreports/: each assessment report, as PDF.\n"
                        + "certificates/: each certificate as PDF, and the same accreditation as an Open Badges 3.0 credential (.jwt), signed by the service.\n"
                        + $"A credential can be checked without us against the key published at {ServiceAddress.Absolute(certificates.ServiceUrl, CredentialLinks.Jwks())}.\n"
                )
            );
        }
        zip.Position = 0;
        return File(zip, "application/zip", $"naas-{p.RegistrationNumber}.zip");
    }
}
