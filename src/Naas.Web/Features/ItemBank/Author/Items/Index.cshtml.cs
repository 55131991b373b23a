using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank.Author.Items;

public class ItemsModel(NaasDbContext db) : NaasPage
{
    public List<KnowledgeItemVersion> Versions { get; private set; } = [];
    public string Counts { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versions = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Include(v => v.Item)
            .Include(v => v.Area)
            .OrderBy(v => v.Item!.Reference)
            .ThenByDescending(v => v.Version)
            .Take(500)
            .ToListAsync(ct);
        var byStatus = await db
            .KnowledgeItemVersions.GroupBy(v => v.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int N(ItemStatus s) => byStatus.SingleOrDefault(x => x.Key == s)?.Count ?? 0;
        Counts =
            $"{N(ItemStatus.Live)} live, {N(ItemStatus.InReview)} in review, {N(ItemStatus.Draft)} drafts, {N(ItemStatus.Retired)} retired, {N(ItemStatus.Suspended)} suspended by the fairness screen.";
    }
}
