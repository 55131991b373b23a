using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class EngagementFunctionMapping : IEntityTypeConfiguration<EngagementFunction>
{
    public void Configure(EntityTypeBuilder<EngagementFunction> b)
    {
        b.HasKey(f => new { f.EngagementId, f.StatutoryFunctionId });
        b.HasOne(f => f.StatutoryFunction).WithMany().HasForeignKey(f => f.StatutoryFunctionId);
    }
}
