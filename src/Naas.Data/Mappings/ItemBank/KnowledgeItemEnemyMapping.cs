using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeItemEnemyMapping : IEntityTypeConfiguration<KnowledgeItemEnemy>
{
    public void Configure(EntityTypeBuilder<KnowledgeItemEnemy> b)
    {
        b.HasKey(e => new { e.ItemId, e.EnemyItemId });
        b.HasOne<KnowledgeItem>().WithMany().HasForeignKey(e => e.EnemyItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
