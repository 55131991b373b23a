using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class SigningKeyMapping : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.Algorithm).HasMaxLength(10);
        b.Property(x => x.PublicJwk).HasMaxLength(2000);
        b.Property(x => x.ProtectedPrivateKey).HasMaxLength(8000);
    }
}
