using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsement;
using Naas.Domain.Workforce;
using Naas.Web.Features.Admin;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce;

/// <summary>A person as their employer (or they themselves) sees them: status required, eligibility, endorsements.</summary>
public sealed record PersonView(
    SocialWorker Person,
    Engagement? CurrentHere,
    StatusRequirement Requirement,
    StatusLevel? AssessedFor,
    EligibilityDecision? Eligibility,
    IReadOnlyList<Endorsement> Endorsements)
{
    public bool HasOpenEndorsement => Endorsements.Any(e => EndorsementTransitions.IsOpen(e.State));
}

public sealed record WorkforceSummary(
    int People, int CarryingStatutoryFunctions, int HoldRequiredStatus, int InProgress, int Missing,
    int EligibleToPutForward, int PastPutForwardDeadline, bool AccreditedPracticeLeaderInPost);

public sealed class WorkforceService(NaasDbContext db, PolicyStore policies, TimeProvider clock)
{
    private IQueryable<SocialWorker> People() => db.SocialWorkers
        .Include(p => p.Engagements).ThenInclude(e => e.Functions).ThenInclude(f => f.StatutoryFunction)
        .Include(p => p.Engagements).ThenInclude(e => e.AgencyOrganisation)
        .Include(p => p.Engagements).ThenInclude(e => e.Organisation)
        .Include(p => p.Accreditations)
        .Include(p => p.Endorsements).ThenInclude(e => e.Organisation)
        .AsSplitQuery();

    /// <summary>Everyone with an engagement at the organisation, in the caller's scope, as views.</summary>
    public async Task<List<PersonView>> OrganisationAsync(Guid organisationId, CancellationToken ct = default)
    {
        var policy = await policies.CurrentAsync(ct);
        var people = await People().AsNoTracking()
            .Where(p => p.Engagements.Any(e => e.OrganisationId == organisationId))
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        return people.Select(p => View(p, organisationId, policy)).ToList();
    }

    /// <summary>One person, or null when they do not exist or are outside the caller's scope (which look the same).</summary>
    public async Task<PersonView?> PersonAsync(Guid personId, Guid? organisationId, CancellationToken ct = default)
    {
        var policy = await policies.CurrentAsync(ct);
        var person = await People().AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var org = organisationId ?? Current(person)?.OrganisationId;
        return View(person, org, policy);
    }

    private Engagement? Current(SocialWorker p) =>
        p.Engagements.Where(e => e.IsCurrent(clock.Today())).OrderByDescending(e => e.Start).FirstOrDefault();

    private PersonView View(SocialWorker p, Guid? organisationId, EligibilityPolicy policy)
    {
        var today = clock.Today();
        var current = p.Engagements.Where(e => e.OrganisationId == organisationId && e.IsCurrent(today)).OrderByDescending(e => e.Start).FirstOrDefault();
        var held = p.Accreditations.Where(a => a.IsCurrent).Select(a => a.Level).ToList();
        var endorsedFor = p.Endorsements.Where(e => EndorsementTransitions.IsOpen(e.State)).Select(e => e.Level).ToList();
        var functionLevels = current?.Functions.Select(f => f.StatutoryFunction!.RequiredStatus).ToList() ?? [];
        var requirement = StatusRequirements.For(functionLevels, held, endorsedFor);
        StatusLevel? target = current?.RoleLevel;
        EligibilityDecision? eligibility = null;
        if (target is { } level && organisationId is { } org)
            eligibility = EligibilityRule.Decide(new EligibilityQuestion(p.FullName, level, org, Periods(p), p.AsyeCompletedOn, today), policy);
        var endorsements = p.Endorsements.OrderByDescending(e => e.EndorsedAt).ToList();
        return new PersonView(p, current, requirement, target, eligibility, endorsements);
    }

    public EligibilityDecision Decide(SocialWorker p, StatusLevel level, Guid organisationId, EligibilityPolicy policy) =>
        EligibilityRule.Decide(new EligibilityQuestion(p.FullName, level, organisationId, Periods(p), p.AsyeCompletedOn, clock.Today()), policy);

    public static IReadOnlyList<EngagementPeriod> Periods(SocialWorker p) => p.Engagements
        .Select(e => new EngagementPeriod(e.OrganisationId, e.Start, e.End, e.FullTimeEquivalent, e.RoleLevel, e.EntryRoute, e.EmploymentType))
        .ToList();

    public WorkforceSummary Summarise(IReadOnlyList<PersonView> people)
    {
        var today = clock.Today();
        var inPost = people.Where(p => p.CurrentHere is not null).ToList();
        var notYetPutForward = inPost.Where(p => p.Requirement.State != RequirementState.Held && !p.HasOpenEndorsement).ToList();
        return new WorkforceSummary(
            People: inPost.Count,
            CarryingStatutoryFunctions: inPost.Count(p => p.Requirement.Required is not null),
            HoldRequiredStatus: inPost.Count(p => p.Requirement.State == RequirementState.Held),
            InProgress: inPost.Count(p => p.Requirement.State == RequirementState.InProgress),
            Missing: inPost.Count(p => p.Requirement.State == RequirementState.Missing),
            EligibleToPutForward: notYetPutForward.Count(p => p.Eligibility?.IsEligible == true),
            PastPutForwardDeadline: notYetPutForward.Count(p => p.Eligibility?.IsPastPutForwardDeadline(today) == true),
            AccreditedPracticeLeaderInPost: inPost.Any(p => p.Person.Accreditations.Any(a => a.IsCurrent && a.Level == StatusLevel.Leader)));
    }

    public Api.SocialWorkerDto ToDto(PersonView v) => new(v.Person.Id, v.Person.GivenName, v.Person.FamilyName, v.Person.RegistrationNumber,
        v.Person.Email, v.Person.QualifiedOn, v.Person.AsyeStartedOn, v.Person.AsyeCompletedOn,
        v.Person.Engagements.OrderBy(e => e.Start).Select(e => new Api.EngagementDto(e.Start, e.End, e.EmploymentType.Code(), e.AgencyOrganisation?.Name,
            e.FullTimeEquivalent, e.RoleLevel.Code(), e.EntryRoute.Code(), e.Functions.Select(f => f.StatutoryFunction!.Code).Order().ToList())).ToList(),
        v.Requirement.Required?.Code(), v.Requirement.State.ToString(),
        v.Eligibility is { } d ? new Api.EligibilityDto(d.Outcome.ToString(), d.EligibleFrom, d.PutForwardBy, d.IsPastPutForwardDeadline(clock.Today()), d.Reason) : null);

    public async Task<HashSet<string>> FunctionCodesAsync(CancellationToken ct = default) =>
        (await db.StatutoryFunctions.AsNoTracking().Select(f => f.Code).ToListAsync(ct)).ToHashSet();

    public async Task<Dictionary<string, Guid>> AgenciesAsync(CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.EmploymentAgency && o.IsActive)
            .ToDictionaryAsync(o => o.Name, o => o.Id, StringComparer.OrdinalIgnoreCase, ct);

    /// <summary>Adds or updates a person and their engagement at the organisation. Matching is by registration
    /// number and by (person, organisation, start date), so applying the same input twice changes nothing.
    /// Adds audit records but does not save. A person already on the national record through another employer
    /// is joined, not overwritten: only the engagement is added, and only if the last name matches.</summary>
    public async Task<UpsertResult> UpsertAsync(Guid organisationId, PersonInput person, EngagementInput engagement, CancellationToken ct = default)
    {
        var changes = new List<string>();
        var functions = await db.StatutoryFunctions.ToDictionaryAsync(f => f.Code, ct);
        var agencies = await AgenciesAsync(ct);
        // The national record may already exist with another employer: match it without reading it into scope.
        var existing = db.SocialWorkers.Local.FirstOrDefault(p => p.RegistrationNumber == person.RegistrationNumber)
            ?? await db.SocialWorkers.IgnoreQueryFilters().Include(p => p.Engagements).ThenInclude(e => e.Functions)
                .SingleOrDefaultAsync(p => p.RegistrationNumber == person.RegistrationNumber, ct);
        var p = existing ?? new SocialWorker { GivenName = person.GivenName!.Trim(), FamilyName = person.FamilyName!.Trim(), RegistrationNumber = person.RegistrationNumber!, Email = person.Email!.Trim() };
        if (existing is null)
        {
            Apply(p, person);
            db.SocialWorkers.Add(p);
            changes.Add($"Added {p.FullName} ({p.RegistrationNumber})");
            db.Audit("SocialWorker", p.Id, "Added", $"Added {p.FullName} ({p.RegistrationNumber}) to the workforce record", organisationId: organisationId);
        }
        else if (!existing.Engagements.Any(e => e.OrganisationId == organisationId || e.AgencyOrganisationId == organisationId))
        {
            if (!string.Equals(existing.FamilyName, person.FamilyName!.Trim(), StringComparison.OrdinalIgnoreCase))
                return new UpsertResult(changes, [(nameof(PersonInput.RegistrationNumber),
                    $"{person.RegistrationNumber} is already on the national record under a different last name. Check the number against the Social Work England register")]);
            changes.Add($"Linked {p.FullName} ({p.RegistrationNumber}), already on the national record");
        }
        else if (Apply(p, person) is { Any: true } changed)
        {
            changes.Add($"Updated {p.FullName}: {changed}");
            db.Audit("SocialWorker", p.Id, "Updated", $"Updated {p.FullName}: {changed}", organisationId: organisationId);
        }

        var start = engagement.Start!.Value;
        var job = p.Engagements.FirstOrDefault(e => e.OrganisationId == organisationId && e.Start == start);
        var agencyId = engagement.EmploymentType == EmploymentType.Agency ? agencies[engagement.AgencyName!.Trim()] : (Guid?)null;
        var wantFunctions = engagement.FunctionCodes.Select(c => functions[c].Id).ToHashSet();
        var isNew = job is null;
        if (job is null)
        {
            job = new Engagement { SocialWorkerId = p.Id, OrganisationId = organisationId, Start = start };
            p.Engagements.Add(job);
            db.Engagements.Add(job);
        }
        var jobChanges = new ChangeList();
        jobChanges.Set(job.End, engagement.End, v => job.End = v, "end date");
        jobChanges.Set(job.EmploymentType, engagement.EmploymentType!.Value, v => job.EmploymentType = v, "employment type");
        jobChanges.Set(job.AgencyOrganisationId, agencyId, v => job.AgencyOrganisationId = v, "agency");
        jobChanges.Set(job.FullTimeEquivalent, engagement.FullTimeEquivalent!.Value, v => job.FullTimeEquivalent = v, "full-time equivalent");
        jobChanges.Set(job.RoleLevel, engagement.RoleLevel!.Value, v => job.RoleLevel = v, "role level");
        jobChanges.Set(job.EntryRoute, engagement.EntryRoute!.Value, v => job.EntryRoute = v, "entry route");
        var haveFunctions = job.Functions.Select(f => f.StatutoryFunctionId).ToHashSet();
        if (!haveFunctions.SetEquals(wantFunctions))
            jobChanges.Set(false, true, _ =>
            {
                job.Functions.RemoveAll(f => !wantFunctions.Contains(f.StatutoryFunctionId));
                foreach (var id in wantFunctions.Where(id => !haveFunctions.Contains(id)))
                {
                    var f = new EngagementFunction { EngagementId = job.Id, StatutoryFunctionId = id };
                    job.Functions.Add(f);
                    db.Add(f);
                }
            }, "statutory functions");
        if (jobChanges.Any)
        {
            var what = isNew ? $"Added engagement from {start:yyyy-MM-dd} for {p.FullName}" : $"Changed engagement from {start:yyyy-MM-dd} for {p.FullName}: {jobChanges}";
            changes.Add(what);
            db.Audit("Engagement", job.Id, isNew ? "Added" : "Updated", what, organisationId: organisationId);
        }
        return new UpsertResult(changes, []);
    }

    /// <summary>Copies a person's own details from the input; returns what changed.</summary>
    internal static ChangeList Apply(SocialWorker p, PersonInput i)
    {
        var changes = new ChangeList();
        changes.Set(p.GivenName, i.GivenName!.Trim(), v => p.GivenName = v, "first name");
        changes.Set(p.FamilyName, i.FamilyName!.Trim(), v => p.FamilyName = v, "last name");
        changes.Set(p.RegistrationNumber, i.RegistrationNumber!, v => p.RegistrationNumber = v, "registration number");
        changes.Set(p.Email, i.Email!.Trim(), v => p.Email = v, "email");
        changes.Set(p.QualifiedOn, i.QualifiedOn, v => p.QualifiedOn = v, "date qualified");
        changes.Set(p.AsyeStartedOn, i.AsyeStartedOn, v => p.AsyeStartedOn = v, "ASYE start");
        changes.Set(p.AsyeCompletedOn, i.AsyeCompletedOn, v => p.AsyeCompletedOn = v, "ASYE completion");
        return changes;
    }
}

/// <summary>What an upsert changed, in words, or the problems that stopped it (field, message).</summary>
public sealed record UpsertResult(List<string> Changes, List<(string Field, string Message)> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

public static class WorkforceEditing
{
    /// <summary>Changes a person's own details (not their engagements). Null when not found in the caller's scope.</summary>
    public static async Task<List<(string Field, string Message)>?> UpdatePersonAsync(this NaasDbContext db, Guid personId, PersonInput input, CancellationToken ct = default)
    {
        var p = await db.SocialWorkers.SingleOrDefaultAsync(x => x.Id == personId, ct);
        if (p is null) return null;
        if (input.RegistrationNumber != p.RegistrationNumber
            && await db.SocialWorkers.IgnoreQueryFilters().AnyAsync(x => x.RegistrationNumber == input.RegistrationNumber && x.Id != personId, ct))
            return [("RegistrationNumber", "Another social worker already has this registration number. Check it against the Social Work England register")];
        var changes = WorkforceService.Apply(p, input);
        if (!changes.Any) return [];
        db.Audit("SocialWorker", p.Id, "Updated", $"Updated {p.FullName}: {changes}");
        await db.SaveChangesAsync(ct);
        return [];
    }
}
