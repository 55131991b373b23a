using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ElementMarkMapping : IEntityTypeConfiguration<ElementMark>
{
    public void Configure(EntityTypeBuilder<ElementMark> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        b.Property(x => x.Feedback).HasMaxLength(4000);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Score).HasPrecision(8, 4);
        b.Property(x => x.Max).HasPrecision(8, 4);
        b.Property(x => x.PassMark).HasPrecision(8, 4);
        b.HasIndex(x => new { x.EndorsementId, x.Element });
    }
}
