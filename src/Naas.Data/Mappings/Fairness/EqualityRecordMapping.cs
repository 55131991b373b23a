using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class EqualityRecordMapping : IEntityTypeConfiguration<EqualityRecord>
{
    public void Configure(EntityTypeBuilder<EqualityRecord> b)
    {
        // One record a person; no navigation to the person or to any assessment record, so that nothing joins it
        // by accident.
        b.HasIndex(x => x.SocialWorkerId).IsUnique();
        b.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Sex).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Ethnicity).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Disability).HasConversion<string>().HasMaxLength(20);
    }
}
