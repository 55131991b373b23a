using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class InvigilationNoteMapping : IEntityTypeConfiguration<InvigilationNote>
{
    public void Configure(EntityTypeBuilder<InvigilationNote> b)
    {
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}
