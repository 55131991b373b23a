using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeCaseMapping : IEntityTypeConfiguration<KnowledgeCase>
{
    public void Configure(EntityTypeBuilder<KnowledgeCase> b)
    {
        b.Property(c => c.Reference).HasMaxLength(20);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(8000);
        b.Property(c => c.MediaKey).HasMaxLength(200);
        b.Property(c => c.MediaContentType).HasMaxLength(100);
        b.Property(c => c.Transcript).HasMaxLength(20000);
        b.Property(c => c.CaptionsKey).HasMaxLength(200);
    }
}
