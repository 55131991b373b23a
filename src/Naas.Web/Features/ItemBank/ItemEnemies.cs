using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.ItemBank;

/// <summary>The items an item must never share a form with.</summary>
public sealed class ItemEnemies(NaasDbContext db)
{
    /// <summary>Sets the items this one must never share a form with, by reference. Enmity is between items, not
    /// versions, and changing it alters nothing any candidate saw, so it may change at any time, audited.</summary>
    public async Task<string?> SetEnemiesAsync(Guid itemId, string? references, CancellationToken ct)
    {
        var item = await db.KnowledgeItems.Include(i => i.Enemies).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
            return "There is no such item";
        var wanted = (references ?? "")
            .Split([',', '\n', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToUpperInvariant())
            .Distinct()
            .ToList();
        var found = await db
            .KnowledgeItems.Where(i => wanted.Contains(i.Reference))
            .ToDictionaryAsync(i => i.Reference, i => i.Id, ct);
        if (wanted.FirstOrDefault(r => !found.ContainsKey(r)) is { } missing)
            return $"There is no item {missing}: enter references like K-00001, separated by commas";
        if (wanted.Contains(item.Reference))
            return "An item cannot be its own enemy";
        var ids = wanted.Select(r => found[r]).ToHashSet();
        // Stored both ways round, so either item's page shows the pair and assembly reads one direction.
        var reverse = await db.KnowledgeItemEnemies.Where(e => e.EnemyItemId == item.Id).ToListAsync(ct);
        db.KnowledgeItemEnemies.RemoveRange(item.Enemies.Where(e => !ids.Contains(e.EnemyItemId)));
        db.KnowledgeItemEnemies.RemoveRange(reverse.Where(e => !ids.Contains(e.ItemId)));
        foreach (var id in ids.Where(id => item.Enemies.All(e => e.EnemyItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = item.Id, EnemyItemId = id });
        foreach (var id in ids.Where(id => reverse.All(e => e.ItemId != id)))
            db.KnowledgeItemEnemies.Add(new KnowledgeItemEnemy { ItemId = id, EnemyItemId = item.Id });
        db.Record(new EnemiesSet(item.Id, item.Reference, wanted.Order().ToList()));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
