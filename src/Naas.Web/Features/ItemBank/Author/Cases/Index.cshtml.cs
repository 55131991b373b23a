using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank.Author.Cases;

public class CasesModel(NaasDbContext db) : NaasPage
{
    public List<KnowledgeCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Cases = await db.KnowledgeCases.AsNoTracking().OrderBy(c => c.Reference).ToListAsync(ct);
}
