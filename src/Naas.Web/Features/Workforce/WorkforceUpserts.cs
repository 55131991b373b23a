using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce;

/// <summary>Adding and updating people and their engagements, one at a time or a whole file's worth, under the one rule
/// for a person known to more than one employer (ADR 0014); the reference lists an input is checked against.</summary>
public sealed class WorkforceUpserts(NaasDbContext db, TimeProvider clock)
{
    public async Task<HashSet<string>> FunctionCodesAsync(CancellationToken ct = default) =>
        (await db.StatutoryFunctions.AsNoTracking().Select(f => f.Code).ToListAsync(ct)).ToHashSet();

    public async Task<Dictionary<string, Guid>> AgenciesAsync(CancellationToken ct = default) =>
        await db
            .Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.EmploymentAgency && o.IsActive)
            .ToDictionaryAsync(o => o.Name, o => o.Id, StringComparer.OrdinalIgnoreCase, ct);

    /// <summary>Everything an upsert needs read once, so a file of 50,000 rows costs a few queries rather than
    /// several per row: the reference lists, and the national records of the registration numbers it names
    /// (whichever employer recorded them: matched without being read into the caller's view).</summary>
    public async Task<UpsertBatch> PrepareAsync(
        Guid organisationId,
        IEnumerable<string?> registrationNumbers,
        CancellationToken ct = default
    )
    {
        var numbers = registrationNumbers.OfType<string>().Distinct().ToList();
        var people = new Dictionary<string, SocialWorker>(StringComparer.Ordinal);
        var withAccount = new HashSet<Guid>();
        foreach (var chunk in numbers.Chunk(500))
        {
            var found = await db
                .SocialWorkers.IgnoreQueryFilters()
                .Include(p => p.Engagements)
                    .ThenInclude(e => e.Functions)
                .Where(p => chunk.Contains(p.RegistrationNumber))
                .AsSplitQuery()
                .ToListAsync(ct);
            foreach (var p in found)
                people[p.RegistrationNumber] = p;
            var ids = found.Select(p => p.Id).ToList();
            foreach (
                var id in await db
                    .Users.Where(u => u.SocialWorkerId != null && ids.Contains(u.SocialWorkerId.Value))
                    .Select(u => u.SocialWorkerId!.Value)
                    .ToListAsync(ct)
            )
                withAccount.Add(id);
        }
        var organisationName = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => o.Name)
            .SingleAsync(ct);
        return new UpsertBatch(
            organisationId,
            organisationName,
            await db.StatutoryFunctions.ToDictionaryAsync(f => f.Code, ct),
            await AgenciesAsync(ct),
            people,
            withAccount
        );
    }

    /// <summary>Adds or updates one person and their engagement at the organisation (see the batch overload).</summary>
    public async Task<UpsertResult> UpsertAsync(
        Guid organisationId,
        PersonInput person,
        EngagementInput engagement,
        CancellationToken ct = default
    ) => Upsert(await PrepareAsync(organisationId, [person.RegistrationNumber], ct), person, engagement);

    /// <summary>Adds or updates a person and their engagement at the batch's organisation, under the one rule for a
    /// person known to more than one employer (ADR 0014). Matching is by registration number and by (person,
    /// organisation, start date), so applying the same input twice changes nothing. Adds audit records but does not
    /// save.
    /// <list type="bullet">
    /// <item>Someone new is recorded with this organisation as the holder of their details.</item>
    /// <item>Someone already on the national record through another employer is linked, never overwritten: only this
    /// organisation's engagement is added, and only when the last name matches (otherwise the match is ambiguous and
    /// nothing changes). Their details stay as the holder (or the person) keeps them; what differs is reported, not
    /// applied. The person is told by email, at the address they already have, that this employer has added
    /// them.</item>
    /// <item>The holder may correct identity and dates, and contact details until the person has an account of their
    /// own.</item>
    /// </list></summary>
    public UpsertResult Upsert(UpsertBatch batch, PersonInput person, EngagementInput engagement)
    {
        var organisationId = batch.OrganisationId;
        var changes = new List<string>();
        var notices = new List<string>();
        var existing = batch.People.GetValueOrDefault(person.RegistrationNumber!);
        SocialWorker p;
        if (existing is null)
        {
            if (string.IsNullOrWhiteSpace(person.Email))
                return new UpsertResult(
                    changes,
                    [
                        (
                            nameof(PersonInput.Email),
                            "Enter their email address: they are not on the national record yet, so it is needed to contact them"
                        ),
                    ]
                );
            p = new SocialWorker
            {
                GivenName = person.GivenName!.Trim(),
                FamilyName = person.FamilyName!.Trim(),
                RegistrationNumber = person.RegistrationNumber!,
                Email = person.Email!.Trim(),
                DetailsOrganisationId = organisationId,
            };
            ApplyIdentity(p, person);
            db.SocialWorkers.Add(p);
            batch.People[p.RegistrationNumber] = p;
            changes.Add($"Added {p.FullName} ({p.RegistrationNumber})");
            db.Record(new PersonAdded(p.Id, p.FullName, p.RegistrationNumber, batch.OrganisationName), organisationId);
        }
        else
        {
            p = existing;
            var holds = PersonDetailsRule.HoldsDetails(p, organisationId);
            var linkedHere = p.Engagements.Any(e =>
                e.OrganisationId == organisationId || e.AgencyOrganisationId == organisationId
            );
            if (!holds && !string.Equals(p.FamilyName, person.FamilyName!.Trim(), StringComparison.OrdinalIgnoreCase))
                return new UpsertResult(
                    changes,
                    [
                        (
                            nameof(PersonInput.RegistrationNumber),
                            $"{person.RegistrationNumber} is already on the national record under a different last name, so we cannot tell whether this is the same person. Nothing was changed. Check the number against the Social Work England register"
                        ),
                    ]
                );
            var hasAccount = batch.WithAccount.Contains(p.Id);
            if (holds)
            {
                var changed = ApplyIdentity(p, person);
                if (
                    !string.IsNullOrWhiteSpace(person.Email)
                    && !string.Equals(p.Email, person.Email.Trim(), StringComparison.Ordinal)
                )
                {
                    if (PersonDetailsRule.MayChangeContact(p, organisationId, hasAccount))
                        changed.Set(p.Email, person.Email.Trim(), v => p.Email = v, "email");
                    else
                        notices.Add(
                            $"{p.FullName}'s email was not changed: they keep their own contact details in their account"
                        );
                }
                if (changed.Any)
                {
                    changes.Add($"Updated {p.FullName}: {changed}");
                    db.Record(new PersonUpdated(p.Id, p.FullName, changed.Changed), organisationId);
                }
            }
            else
            {
                var differs = Differences(p, person);
                if (differs.Count > 0)
                    notices.Add(
                        $"{p.FullName}'s {string.Join(", ", differs)} not changed: they are kept by the employer that first recorded them{(hasAccount ? " and by the social worker" : "")}. Ask the social worker to have them corrected if they are wrong"
                    );
            }
            if (!linkedHere)
            {
                changes.Add($"Linked {p.FullName} ({p.RegistrationNumber}), already on the national record");
                db.Record(
                    new PersonLinked(p.Id, p.FullName, p.RegistrationNumber, batch.OrganisationName),
                    organisationId
                );
                db.Email(
                    clock,
                    p.Email,
                    $"{batch.OrganisationName} has added you to its workforce record",
                    $"Dear {p.GivenName},\n\n{batch.OrganisationName} has recorded that you work for it, on the National Assessment and Accreditation System.\n\n"
                        + $"It can see your name, registration number, the work it has recorded and any status you hold. It cannot see or change your contact details, your work for other employers, or your results unless you choose to share them.\n\n"
                        + $"If you do not work for {batch.OrganisationName}, tell the programme by replying to this email.\n"
                );
            }
        }

        var start = engagement.Start!.Value;
        var job = p.Engagements.FirstOrDefault(e => e.OrganisationId == organisationId && e.Start == start);
        var agencyId =
            engagement.EmploymentType == EmploymentType.Agency
                ? batch.Agencies[engagement.AgencyName!.Trim()]
                : (Guid?)null;
        var wantFunctions = engagement.FunctionCodes.Select(c => batch.Functions[c].Id).ToHashSet();
        var isNew = job is null;
        if (job is null)
        {
            job = new Engagement
            {
                SocialWorkerId = p.Id,
                OrganisationId = organisationId,
                Start = start,
            };
            p.Engagements.Add(job);
            db.Engagements.Add(job);
        }
        var jobChanges = new ChangeList();
        jobChanges.Set(job.End, engagement.End, v => job.End = v, "end date");
        jobChanges.Set(
            job.EmploymentType,
            engagement.EmploymentType!.Value,
            v => job.EmploymentType = v,
            "employment type"
        );
        jobChanges.Set(job.AgencyOrganisationId, agencyId, v => job.AgencyOrganisationId = v, "agency");
        jobChanges.Set(
            job.FullTimeEquivalent,
            engagement.FullTimeEquivalent!.Value,
            v => job.FullTimeEquivalent = v,
            "full-time equivalent"
        );
        jobChanges.Set(job.RoleLevel, engagement.RoleLevel!.Value, v => job.RoleLevel = v, "role level");
        jobChanges.Set(job.EntryRoute, engagement.EntryRoute!.Value, v => job.EntryRoute = v, "entry route");
        var haveFunctions = job.Functions.Select(f => f.StatutoryFunctionId).ToHashSet();
        if (!haveFunctions.SetEquals(wantFunctions))
            jobChanges.Set(
                false,
                true,
                _ =>
                {
                    job.Functions.RemoveAll(f => !wantFunctions.Contains(f.StatutoryFunctionId));
                    foreach (var id in wantFunctions.Where(id => !haveFunctions.Contains(id)))
                    {
                        var f = new EngagementFunction { EngagementId = job.Id, StatutoryFunctionId = id };
                        job.Functions.Add(f);
                        db.Add(f);
                    }
                },
                "statutory functions"
            );
        if (jobChanges.Any)
        {
            var what = isNew
                ? $"Added engagement from {start:yyyy-MM-dd} for {p.FullName}"
                : $"Changed engagement from {start:yyyy-MM-dd} for {p.FullName}: {jobChanges}";
            changes.Add(what);
            db.Record(new EngagementSaved(job.Id, p.Id, p.FullName, start, isNew, jobChanges.Changed), organisationId);
        }
        return new UpsertResult(changes, [], notices);
    }

    /// <summary>Copies a person's identity and dates (not their contact details) from the input; returns what
    /// changed.</summary>
    internal static ChangeList ApplyIdentity(SocialWorker p, PersonInput i)
    {
        var changes = new ChangeList();
        changes.Set(p.GivenName, i.GivenName!.Trim(), v => p.GivenName = v, "first name");
        changes.Set(p.FamilyName, i.FamilyName!.Trim(), v => p.FamilyName = v, "last name");
        changes.Set(p.RegistrationNumber, i.RegistrationNumber!, v => p.RegistrationNumber = v, "registration number");
        changes.Set(p.QualifiedOn, i.QualifiedOn, v => p.QualifiedOn = v, "date qualified");
        changes.Set(p.AsyeStartedOn, i.AsyeStartedOn, v => p.AsyeStartedOn = v, "ASYE start");
        changes.Set(p.AsyeCompletedOn, i.AsyeCompletedOn, v => p.AsyeCompletedOn = v, "ASYE completion");
        return changes;
    }

    /// <summary>Which of the person's details the input would change, named for a notice (nothing is
    /// changed).</summary>
    private static List<string> Differences(SocialWorker p, PersonInput i)
    {
        var d = new List<string>();
        if (p.GivenName != i.GivenName!.Trim())
            d.Add("first name");
        if (p.FamilyName != i.FamilyName!.Trim())
            d.Add("last name");
        if (
            !string.IsNullOrWhiteSpace(i.Email)
            && !string.Equals(p.Email, i.Email.Trim(), StringComparison.OrdinalIgnoreCase)
        )
            d.Add("email");
        // A date left blank by an employer that does not hold the details says nothing about it.
        if (i.QualifiedOn is not null && p.QualifiedOn != i.QualifiedOn)
            d.Add("date qualified");
        if (i.AsyeStartedOn is not null && p.AsyeStartedOn != i.AsyeStartedOn)
            d.Add("ASYE start");
        if (i.AsyeCompletedOn is not null && p.AsyeCompletedOn != i.AsyeCompletedOn)
            d.Add("ASYE completion");
        return d;
    }
}
