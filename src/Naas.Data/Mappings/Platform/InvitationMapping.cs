using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class InvitationMapping : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.DisplayName).HasMaxLength(200);
        b.Property(i => i.Role).HasMaxLength(60);
        b.Property(i => i.TokenHash).HasMaxLength(100);
        b.HasIndex(i => i.TokenHash).IsUnique();
    }
}
