using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ApiCredentialMapping : IEntityTypeConfiguration<ApiCredential>
{
    public void Configure(EntityTypeBuilder<ApiCredential> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Prefix).HasMaxLength(20);
        b.HasIndex(c => c.Prefix).IsUnique();
        b.Property(c => c.SecretHash).HasMaxLength(100);
    }
}
