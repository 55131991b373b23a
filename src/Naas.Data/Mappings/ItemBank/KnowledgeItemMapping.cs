using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeItemMapping : IEntityTypeConfiguration<KnowledgeItem>
{
    public void Configure(EntityTypeBuilder<KnowledgeItem> b)
    {
        b.Property(i => i.Reference).HasMaxLength(20);
        b.HasIndex(i => i.Reference).IsUnique();
        b.Property(i => i.Pool).HasConversion<string>().HasMaxLength(20);
        b.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ItemId);
        b.HasMany(i => i.Enemies).WithOne().HasForeignKey(e => e.ItemId);
    }
}
