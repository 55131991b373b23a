using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeBlueprintMapping : IEntityTypeConfiguration<KnowledgeBlueprint>
{
    public void Configure(EntityTypeBuilder<KnowledgeBlueprint> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.ComplexCollection(x => x.Cells, c => c.ToJson());
        b.Property(x => x.PassMarkTolerance).HasPrecision(6, 3);
    }
}
