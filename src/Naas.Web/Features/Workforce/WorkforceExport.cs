using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;

namespace Naas.Web.Features.Workforce;

/// <summary>This organisation's engagements as rows of the workforce file (<see cref="WorkforceFile"/>).</summary>
public sealed class WorkforceExport(NaasDbContext db)
{
    public async Task<List<string[]>> ExportRowsAsync(Guid organisationId, CancellationToken ct = default)
    {
        var people = await db
            .SocialWorkers.AsNoTracking()
            .Include(p => p.Engagements)
                .ThenInclude(e => e.Functions)
                    .ThenInclude(f => f.StatutoryFunction)
            .Include(p => p.Engagements)
                .ThenInclude(e => e.AgencyOrganisation)
            .Where(p => p.Engagements.Any(e => e.OrganisationId == organisationId))
            .OrderBy(p => p.FamilyName)
            .ThenBy(p => p.GivenName)
            .AsSplitQuery()
            .ToListAsync(ct);
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return people
            .SelectMany(p =>
                p.Engagements.Where(e => e.OrganisationId == organisationId)
                    .OrderBy(e => e.Start)
                    .Select(e =>
                        new[]
                        {
                            // Contact details only where this organisation holds them (ADR 0014); a blank email on
                            // import changes nothing.
                            p.GivenName,
                            p.FamilyName,
                            p.RegistrationNumber,
                            PersonDetailsRule.HoldsDetails(p, organisationId) ? p.Email : "",
                            D(p.QualifiedOn),
                            D(p.AsyeStartedOn),
                            D(p.AsyeCompletedOn),
                            D(e.Start),
                            D(e.End),
                            e.EmploymentType.Code(),
                            e.AgencyOrganisation?.Name ?? "",
                            e.FullTimeEquivalent.ToString("0.##", CultureInfo.InvariantCulture),
                            e.RoleLevel.Code(),
                            e.EntryRoute.Code(),
                            string.Join(";", e.Functions.Select(f => f.StatutoryFunction!.Code).Order()),
                        }
                    )
            )
            .ToList();
    }
}
