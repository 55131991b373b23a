using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeAnswerMapping : IEntityTypeConfiguration<KnowledgeAnswer>
{
    public void Configure(EntityTypeBuilder<KnowledgeAnswer> b)
    {
        b.HasIndex(x => new { x.AttemptId, x.Position }).IsUnique();
        b.Property(x => x.Response).HasMaxLength(4000);
    }
}
