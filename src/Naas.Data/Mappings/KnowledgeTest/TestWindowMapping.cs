using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class TestWindowMapping : IEntityTypeConfiguration<TestWindow>
{
    public void Configure(EntityTypeBuilder<TestWindow> b)
    {
        b.HasOne(w => w.Blueprint).WithMany().HasForeignKey(w => w.BlueprintId);
        b.Ignore(w => w.Locations);
    }
}
