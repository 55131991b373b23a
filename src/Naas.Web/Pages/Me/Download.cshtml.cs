using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Me;

/// <summary>Everything held about the social worker, as one file they can keep (seed 002: when the portal
/// closed, people had to download theirs first).</summary>
public class DownloadModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var p = await db.SocialWorkers.AsNoTracking()
            .Include(x => x.Engagements).ThenInclude(e => e.Organisation)
            .Include(x => x.Engagements).ThenInclude(e => e.Functions).ThenInclude(f => f.StatutoryFunction)
            .Include(x => x.Accreditations).Include(x => x.Endorsements).ThenInclude(e => e.Organisation)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == User.SocialWorkerId(), ct);
        if (p is null) return NotFound();
        var data = new
        {
            generatedAt = clock.GetUtcNow(),
            person = new { p.GivenName, p.FamilyName, p.RegistrationNumber, p.Email, p.Phone, p.QualifiedOn, p.AsyeStartedOn, p.AsyeCompletedOn },
            engagements = p.Engagements.OrderBy(e => e.Start).Select(e => new
            {
                organisation = e.Organisation!.Name, e.Start, e.End, employmentType = e.EmploymentType.ToString(), e.FullTimeEquivalent,
                roleLevel = e.RoleLevel.ToString(), entryRoute = e.EntryRoute.ToString(), statutoryFunctions = e.Functions.Select(f => f.StatutoryFunction!.Description),
            }),
            accreditations = p.Accreditations.Select(a => new { level = a.Level.ToString(), a.AwardedOn, a.IsCurrent }),
            endorsements = p.Endorsements.OrderBy(e => e.EndorsedAt).Select(e => new
            {
                organisation = e.Organisation!.Name, level = e.Level.ToString(), state = e.State.ToString(), e.Judgement, e.Evidence, e.ExceptionReason,
                e.EndorsedAt, e.EndorsedBy, e.RespondedAt, e.DeclineReason, e.WithdrawnAt, e.WithdrawalReason,
            }),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions { WriteIndented = true }), "application/json", $"naas-{p.RegistrationNumber}.json");
    }
}
