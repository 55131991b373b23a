using Microsoft.AspNetCore.Identity;

namespace Naas.Data.Entities;

public class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? SocialWorkerId { get; set; }
}
