using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ObservationSheetMapping : IEntityTypeConfiguration<ObservationSheet>
{
    public void Configure(EntityTypeBuilder<ObservationSheet> b)
    {
        b.HasIndex(s => new { s.SessionId, s.ObserverId }).IsUnique();
        b.HasOne(s => s.Session).WithMany().HasForeignKey(s => s.SessionId);
        b.HasOne(s => s.Observer).WithMany().HasForeignKey(s => s.ObserverId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Global).HasConversion<string>().HasMaxLength(20);
        b.ComplexCollection(s => s.Ratings, r => r.ToJson());
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.Property(s => s.UpdatedOn).HasMaxLength(60);
        b.Property(s => s.Revision).IsConcurrencyToken();
    }
}
