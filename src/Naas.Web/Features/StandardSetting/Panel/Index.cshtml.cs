using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StandardSetting.Panel;

public class IndexModel(NaasDbContext db) : NaasPage
{
    public List<Panellist> Places { get; private set; } = [];

    // The query filter keeps this to the signed-in panellist's own places.
    public async Task OnGetAsync(CancellationToken ct) =>
        Places = await db
            .Panellists.AsNoTracking()
            .Include(p => p.Exercise)
            .Where(p => p.UserId == User.UserId())
            .OrderByDescending(p => p.Exercise!.CreatedAt)
            .ToListAsync(ct);
}
