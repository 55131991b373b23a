using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce;

/// <summary>A person as their employer (or they themselves) sees them: status required, eligibility,
/// endorsements.</summary>
public sealed record PersonView(
    SocialWorker Person,
    Engagement? CurrentHere,
    StatusRequirement Requirement,
    StatusLevel? AssessedFor,
    EligibilityDecision? Eligibility,
    IReadOnlyList<Endorsement> Endorsements,
    bool HoldsDetails = true
)
{
    public bool HasOpenEndorsement => Endorsements.Any(e => EndorsementTransitions.IsOpen(e.State));
}

public sealed record WorkforceSummary(
    int People,
    int CarryingStatutoryFunctions,
    int HoldRequiredStatus,
    int InProgress,
    int Missing,
    int EligibleToPutForward,
    int PastPutForwardDeadline,
    bool AccreditedPracticeLeaderInPost
);

/// <summary>The workforce as employers and the programme see it: each person with their engagements, the status their
/// functions require and their eligibility, and the organisation's summary.</summary>
public sealed class WorkforceViews(NaasDbContext db, PolicyStore policies, TimeProvider clock)
{
    private IQueryable<SocialWorker> People() =>
        db
            .SocialWorkers.Include(p => p.Engagements)
                .ThenInclude(e => e.Functions)
                    .ThenInclude(f => f.StatutoryFunction)
            .Include(p => p.Engagements)
                .ThenInclude(e => e.AgencyOrganisation)
            .Include(p => p.Engagements)
                .ThenInclude(e => e.Organisation)
            .Include(p => p.Accreditations)
            .Include(p => p.Endorsements)
                .ThenInclude(e => e.Organisation)
            .AsSplitQuery();

    /// <summary>Everyone with an engagement at the organisation, or placed by it as their agency (¶72), in the
    /// caller's scope, as views.</summary>
    public async Task<List<PersonView>> OrganisationAsync(Guid organisationId, CancellationToken ct = default)
    {
        var policy = await policies.CurrentAsync(ct);
        var people = await People()
            .AsNoTracking()
            .Where(p =>
                p.Engagements.Any(e => e.OrganisationId == organisationId || e.AgencyOrganisationId == organisationId)
            )
            .OrderBy(p => p.FamilyName)
            .ThenBy(p => p.GivenName)
            .ToListAsync(ct);
        return people.Select(p => View(p, organisationId, policy)).ToList();
    }

    /// <summary>One person, or null when they do not exist or are outside the caller's scope (which look the
    /// same).</summary>
    public async Task<PersonView?> PersonAsync(Guid personId, Guid? organisationId, CancellationToken ct = default)
    {
        var policy = await policies.CurrentAsync(ct);
        var person = await People().AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
            return null;
        var org = organisationId ?? Current(person)?.OrganisationId;
        return View(person, org, policy);
    }

    private Engagement? Current(SocialWorker p) =>
        p.Engagements.Where(e => e.IsCurrent(clock.Today())).OrderByDescending(e => e.Start).FirstOrDefault();

    private PersonView View(SocialWorker p, Guid? organisationId, EligibilityPolicy policy)
    {
        var today = clock.Today();
        // An agency's worker is "here" through the placement it made; where they stand is judged at the
        // organisation where they carry out statutory functions (¶72), which alone may endorse them.
        var current = p
            .Engagements.Where(e =>
                (e.OrganisationId == organisationId || e.AgencyOrganisationId == organisationId) && e.IsCurrent(today)
            )
            .OrderByDescending(e => e.OrganisationId == organisationId)
            .ThenByDescending(e => e.Start)
            .FirstOrDefault();
        var held = p.Accreditations.Where(a => a.IsCurrent).Select(a => a.Level).ToList();
        var endorsedFor = p
            .Endorsements.Where(e => EndorsementTransitions.IsOpen(e.State))
            .Select(e => e.Level)
            .ToList();
        var functionLevels = current?.Functions.Select(f => f.StatutoryFunction!.RequiredStatus).ToList() ?? [];
        var requirement = StatusRequirements.For(functionLevels, held, endorsedFor);
        StatusLevel? target = current?.RoleLevel;
        EligibilityDecision? eligibility = null;
        if (target is { } level && (current?.OrganisationId ?? organisationId) is { } org)
            eligibility = EligibilityRule.Decide(
                new EligibilityQuestion(p.FullName, level, org, Periods(p), p.AsyeCompletedOn, today),
                policy
            );
        var endorsements = p.Endorsements.OrderByDescending(e => e.EndorsedAt).ToList();
        var holds =
            db.Scope.SeesEverything
            || db.Scope.SocialWorkerId == p.Id
            || PersonDetailsRule.HoldsDetails(p, organisationId);
        return new PersonView(p, current, requirement, target, eligibility, endorsements, holds);
    }

    public EligibilityDecision Decide(
        SocialWorker p,
        StatusLevel level,
        Guid organisationId,
        EligibilityPolicy policy
    ) =>
        EligibilityRule.Decide(
            new EligibilityQuestion(p.FullName, level, organisationId, Periods(p), p.AsyeCompletedOn, clock.Today()),
            policy
        );

    public static IReadOnlyList<EngagementPeriod> Periods(SocialWorker p) =>
        p
            .Engagements.Select(e => new EngagementPeriod(
                e.OrganisationId,
                e.Start,
                e.End,
                e.FullTimeEquivalent,
                e.RoleLevel,
                e.EntryRoute,
                e.EmploymentType
            ))
            .ToList();

    public WorkforceSummary Summarise(IReadOnlyList<PersonView> people)
    {
        var today = clock.Today();
        var inPost = people.Where(p => p.CurrentHere is not null).ToList();
        var notYetPutForward = inPost
            .Where(p => p.Requirement.State != RequirementState.Held && !p.HasOpenEndorsement)
            .ToList();
        return new WorkforceSummary(
            People: inPost.Count,
            CarryingStatutoryFunctions: inPost.Count(p => p.Requirement.Required is not null),
            HoldRequiredStatus: inPost.Count(p => p.Requirement.State == RequirementState.Held),
            InProgress: inPost.Count(p => p.Requirement.State == RequirementState.InProgress),
            Missing: inPost.Count(p => p.Requirement.State == RequirementState.Missing),
            EligibleToPutForward: notYetPutForward.Count(p => p.Eligibility?.IsEligible == true),
            PastPutForwardDeadline: notYetPutForward.Count(p => p.Eligibility?.IsPastPutForwardDeadline(today) == true),
            AccreditedPracticeLeaderInPost: inPost.Any(p =>
                p.Person.Accreditations.Any(a => a.IsCurrent && a.Level == StatusLevel.Leader)
            )
        );
    }

    public Api.SocialWorkerDto ToDto(PersonView v) =>
        new(
            v.Person.Id,
            v.Person.GivenName,
            v.Person.FamilyName,
            v.Person.RegistrationNumber,
            v.HoldsDetails ? v.Person.Email : null,
            v.Person.QualifiedOn,
            v.Person.AsyeStartedOn,
            v.Person.AsyeCompletedOn,
            v.Person.Engagements.OrderBy(e => e.Start)
                .Select(e => new Api.EngagementDto(
                    e.Start,
                    e.End,
                    e.EmploymentType.Code(),
                    e.AgencyOrganisation?.Name,
                    e.FullTimeEquivalent,
                    e.RoleLevel.Code(),
                    e.EntryRoute.Code(),
                    e.Functions.Select(f => f.StatutoryFunction!.Code).Order().ToList()
                ))
                .ToList(),
            v.Requirement.Required?.Code(),
            v.Requirement.State.ToString(),
            v.Eligibility is { } d
                ? new Api.EligibilityDto(
                    d.Outcome.ToString(),
                    d.EligibleFrom,
                    d.PutForwardBy,
                    d.IsPastPutForwardDeadline(clock.Today()),
                    d.Reason
                )
                : null
        );
}
