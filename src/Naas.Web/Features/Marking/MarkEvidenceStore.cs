using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Marking;
using Naas.Domain.Reviews;
using Naas.Web.Features.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking;

/// <summary>The evidence kept for an independent reviewer (recordings, written work): attached by the programme or
/// the element's marker, checked for its type and size, and opened only by those allowed to see it.</summary>
public sealed class MarkEvidenceStore(
    NaasDbContext db,
    AssessmentViews assessments,
    IFileStore files,
    TimeProvider clock
)
{
    /// <summary>Keeps an evidence file for an element: checked against its format, hashed, stored, audited.</summary>
    /// <param name="open">Opens the upload from its start; called twice (the format check, then the copy), as an
    /// uploaded form file allows.</param>
    public async Task<string?> AddEvidenceAsync(
        Guid endorsementId,
        string element,
        string fileName,
        long length,
        Func<Stream> open,
        string actor,
        CancellationToken ct,
        bool crossScope = false
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct, crossScope);
        if (view is null)
            return "There is no such assessment";
        if (view.Release is not null)
            return "Results for this assessment have been released: evidence can no longer be added";
        if (element == AssessmentViews.Knowledge || view.Elements.All(x => x.Element != element))
            return "Evidence is kept for observation, written and reflective elements only";
        var header = new byte[16];
        int read;
        await using (var start = open())
            read = await start.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var (format, problem) = EvidenceFormats.Check(fileName, header.AsSpan(0, read), length);
        if (problem is not null)
            return problem;
        var evidence = new MarkEvidence
        {
            EndorsementId = endorsementId,
            SocialWorkerId = view.Person.Id,
            Element = element,
            Kind = format!.Kind,
            ContentType = format.ContentType,
            FileName = FileNames.Safe(fileName, format.Extension, "evidence"),
            Bytes = length,
            Sha256 = "",
            StorageKey = "",
            UploadedBy = actor,
            UploadedAt = clock.GetUtcNow(),
        };
        evidence.StorageKey = $"evidence/{endorsementId:N}/{evidence.Id:N}{format.Extension}";
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(open(), sha, CryptoStreamMode.Read))
            await files.SaveAsync(evidence.StorageKey, hashing, ct);
        evidence.Sha256 = Convert.ToHexStringLower(sha.Hash!);
        db.MarkEvidence.Add(evidence);
        db.Record(
            new EvidenceAdded(
                evidence.Id,
                view.Person.Id,
                endorsementId,
                view.Person.RegistrationNumber,
                element,
                format.Name,
                evidence.FileName,
                length,
                evidence.Sha256
            ),
            view.Endorsement.OrganisationId
        );
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Evidence a caller may open: the programme any; a marker their assigned element's; a reviewer the
    /// assessment under their review. Null for everyone else, so another's id is a 404.</summary>
    public async Task<(MarkEvidence Evidence, Stream Content)?> OpenEvidenceAsync(
        Guid evidenceId,
        System.Security.Claims.ClaimsPrincipal user,
        CancellationToken ct
    )
    {
        var ev = await db
            .MarkEvidence.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == evidenceId, ct);
        if (ev is null)
            return null;
        var userId = user.UserId();
        var allowed =
            user.IsInRole(Roles.ProgrammeAdministrator)
            || (
                user.IsInRole(Roles.Assessor)
                && await db
                    .MarkingAssignments.IgnoreQueryFilters()
                    .AnyAsync(
                        a =>
                            a.EndorsementId == ev.EndorsementId
                            && a.Element == ev.Element
                            && a.AssessorUserId == userId,
                        ct
                    )
            )
            || (
                user.IsInRole(Roles.IndependentReviewer)
                && await db
                    .ReviewRequests.IgnoreQueryFilters()
                    .AnyAsync(
                        r =>
                            r.EndorsementId == ev.EndorsementId
                            && r.ReviewerUserId == userId
                            && r.State == ReviewState.UnderReview,
                        ct
                    )
            );
        if (!allowed || await files.OpenAsync(ev.StorageKey, ct) is not { } stream)
            return null;
        return (ev, stream);
    }
}
