using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Me;

public class WrittenCheckModel(WrittenSittings sittings) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public WrittenSitting? Sitting { get; private set; }
    public TimeSpan Remaining { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Sitting = await sittings.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (Sitting is null)
            return NotFound();
        if (Sitting.SubmittedAt is not null)
            return Redirect(WrittenLinks.Me());
        Remaining = sittings.Remaining(Sitting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Sitting = await sittings.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (Sitting is null)
            return NotFound();
        if (Sitting.SubmittedAt is null)
            await sittings.SubmitAsync(Sitting, ct);
        return Redirect(WrittenLinks.Me());
    }
}
