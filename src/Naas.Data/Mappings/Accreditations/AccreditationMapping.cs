using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AccreditationMapping : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> b)
    {
        b.HasOne(a => a.SocialWorker).WithMany(p => p.Accreditations).HasForeignKey(a => a.SocialWorkerId);
        b.Property(a => a.CertificateNumber).HasMaxLength(20);
        b.HasIndex(a => a.CertificateNumber).IsUnique();
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.StatusReason).HasMaxLength(1000);
        b.HasIndex(a => a.StatusListIndex).IsUnique();
    }
}
