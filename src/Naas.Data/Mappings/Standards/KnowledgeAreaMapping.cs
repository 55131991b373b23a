using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeAreaMapping : IEntityTypeConfiguration<KnowledgeArea>
{
    public void Configure(EntityTypeBuilder<KnowledgeArea> b)
    {
        b.Property(a => a.Title).HasMaxLength(300);
        b.HasIndex(a => new { a.StatusId, a.Number }).IsUnique();
    }
}
