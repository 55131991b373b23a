using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Me;

public class WrittenIndexModel(WrittenSittings sittings) : NaasPage
{
    public WrittenSittings.Choices? Choices { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Choices = await sittings.ChoicesAsync(User.SocialWorkerId() ?? Guid.Empty, ct);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var (sitting, refusal) = await sittings.StartAsync(User.SocialWorkerId() ?? Guid.Empty, ct);
        if (sitting is not null)
            return Redirect(WrittenLinks.Sitting(sitting.Id));
        ModelState.AddModelError("", refusal!);
        await OnGetAsync(ct);
        return Page();
    }
}
