using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Knowledge;
using Naas.Web.Features.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Content.Items;

public class ItemDetailsModel(NaasDbContext db, ItemBankService bank) : NaasPage
{
    [FromRoute] public Guid Id { get; set; }
    public KnowledgeItemVersion? Version { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct, bool track = false)
    {
        var q = db.KnowledgeItemVersions.Include(v => v.Item).Include(v => v.Area).Where(v => v.Id == Id);
        Version = await (track ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        return Version is not null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(string step, CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true)) return NotFound();
        if (!Enum.TryParse<ItemAction>(step, out var a) || a == ItemAction.Edit) return BadRequest();
        if (await bank.ActAsync(Version!, a, UserId, Scope.ActorName, null, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        Success(a switch
        {
            ItemAction.Submit => "Submitted for review. Another author must approve it.",
            ItemAction.Approve => "Approved: this version is now live and can appear on forms.",
            ItemAction.ReturnToAuthor => "Returned to its author as a draft.",
            _ => "Retired: it will not appear on new forms.",
        });
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true)) return NotFound();
        var copy = await bank.NewVersionAsync(Version!, UserId, Scope.ActorName, ct);
        Success($"Version {copy.Version} is a draft copy. The earlier version has not changed.");
        return Redirect($"/content/items/{copy.Id}");
    }
}
