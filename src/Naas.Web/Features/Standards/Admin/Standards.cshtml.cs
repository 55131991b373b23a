using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Standards.Admin;

public class StandardsModel(NaasDbContext db) : NaasPage
{
    public List<Status> Statuses { get; private set; } = [];
    public List<AssessmentModel> Models { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Statuses = await db.Statuses.AsNoTracking().Include(s => s.Areas).OrderBy(s => s.Level).ToListAsync(ct);
        Models = await db.AssessmentModels.AsNoTracking().Include(m => m.Elements).ToListAsync(ct);
    }
}
