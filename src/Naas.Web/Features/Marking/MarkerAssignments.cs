using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Marking;
using Naas.Web.Features.Results;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking;

public sealed record MarkerChoice(Guid UserId, string Name, string? NotIndependent);

/// <summary>The programme assigns an authorised marker (the Assessor role) to one element of one assessment: who
/// may mark it (independent of the candidate's employers), and the assignments made.</summary>
public sealed class MarkerAssignments(NaasDbContext db, AssessmentViews assessments, TimeProvider clock)
{
    /// <summary>Users with the Assessor role, each with why they may not mark this assessment (not
    /// independent).</summary>
    public async Task<List<MarkerChoice>> MarkersAsync(Endorsement e, CancellationToken ct)
    {
        var markers = await db.UsersInRole(Roles.Assessor)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.OrganisationId,
            })
            .ToListAsync(ct);
        var today = clock.Today();
        var employers = await db
            .Engagements.IgnoreQueryFilters()
            .Where(x => x.SocialWorkerId == e.SocialWorkerId && x.Start <= today && (x.End == null || x.End >= today))
            .Select(x => x.OrganisationId)
            .ToListAsync(ct);
        return markers
            .OrderBy(m => m.DisplayName)
            .Select(m => new MarkerChoice(
                m.Id,
                m.DisplayName,
                MarkingRules.Independence(m.OrganisationId, e.OrganisationId, employers)
            ))
            .ToList();
    }

    public async Task<List<MarkingAssignment>> AssignmentsAsync(Guid endorsementId, CancellationToken ct) =>
        await db.MarkingAssignments.AsNoTracking().Where(a => a.EndorsementId == endorsementId).ToListAsync(ct);

    /// <summary>Assigns (or reassigns) the marker of one element, by the programme; the marker is told by
    /// email.</summary>
    public async Task<List<(string Field, string Message)>> AssignAsync(
        Guid endorsementId,
        string? element,
        string? marker,
        string actor,
        CancellationToken ct
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct);
        if (view is null)
            return [("", "There is no such assessment")];
        if (view.Release is not null)
            return
            [
                ("", "Results for this assessment have been released: a change now goes through an independent review"),
            ];
        var problems = new List<(string, string)>();
        if (element is null || element == AssessmentViews.Knowledge || view.Elements.All(x => x.Element != element))
            problems.Add(("AssignElement", "Select the element to be marked"));
        else if (!view.Endorsement.Takes(element))
            problems.Add(
                (
                    "AssignElement",
                    $"The {Infrastructure.Words.Element(element!).ToLowerInvariant()} result is kept from the earlier assessment, so it is not marked again (¶75)"
                )
            );
        var choices = await MarkersAsync(view.Endorsement, ct);
        var chosen = Guid.TryParse(marker, out var id) ? choices.SingleOrDefault(c => c.UserId == id) : null;
        if (chosen is null)
            problems.Add(("Marker", "Select a marker"));
        else if (chosen.NotIndependent is { } why)
            problems.Add(("Marker", why));
        if (problems.Count > 0)
            return problems;
        var existing = await db.MarkingAssignments.SingleOrDefaultAsync(
            a => a.EndorsementId == endorsementId && a.Element == element,
            ct
        );
        if (existing?.AssessorUserId == chosen!.UserId)
            return [("Marker", $"{chosen.Name} is already the marker of this element")];
        if (existing is not null)
            db.MarkingAssignments.Remove(existing);
        var assignment = new MarkingAssignment
        {
            EndorsementId = endorsementId,
            SocialWorkerId = view.Person.Id,
            Element = element!,
            AssessorUserId = chosen.UserId,
            AssessorName = chosen.Name,
            AssignedAt = clock.GetUtcNow(),
            AssignedBy = actor,
        };
        db.MarkingAssignments.Add(assignment);
        db.Record(
            new MarkerAssigned(
                assignment.Id,
                view.Person.Id,
                endorsementId,
                view.Person.RegistrationNumber,
                element!,
                chosen.UserId,
                chosen.Name,
                existing?.AssessorName
            ),
            view.Endorsement.OrganisationId
        );
        if (
            await db.Users.Where(u => u.Id == chosen.UserId).Select(u => u.Email).SingleAsync(ct) is
            { Length: > 0 } email
        )
            db.Email(
                clock,
                email,
                "You have an assessment to mark",
                $"You have been assigned the {element} element of an assessment. Sign in and go to Marking."
            );
        if (
            existing is not null
            && await db.Users.Where(u => u.Id == existing.AssessorUserId).Select(u => u.Email).SingleOrDefaultAsync(ct)
                is { Length: > 0 } was
        )
            db.Email(
                clock,
                was,
                "An assessment has been given to another marker",
                $"The {element} element you were assigned has been given to another marker. You do not need to mark it."
            );
        await db.SaveChangesAsync(ct);
        return [];
    }
}
