using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Admin.Organisations;

public class OrganisationsModel(NaasDbContext db) : NaasPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }
    public List<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
            query = query.Where(o => o.Name.ToLower().Contains(Q.Trim().ToLower()));
        Organisations = await query.OrderBy(o => o.RolloutPhase).ThenBy(o => o.Name).ToListAsync(ct);
    }
}
