using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.ItemBank.Author.Items;

public class EditItemModel(NaasDbContext db, ItemDrafts bank, ItemDraftChecks checks) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ItemDraft Draft { get; set; } = new();
    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var v = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Include(x => x.Case)
            .Include(x => x.Item)
            .SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (v is null)
            return NotFound();
        Areas = await ItemChoices.AreasAsync(db, ct);
        Draft = ItemDraft.From(v);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var v = await db.KnowledgeItemVersions.Include(x => x.Item).SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (v is null)
            return NotFound();
        Areas = await ItemChoices.AreasAsync(db, ct);
        var blocking = await checks.ValidateDraftAsync(Draft, ct);
        if (blocking.Count > 0)
        {
            ModelState.AddProblems(blocking, nameof(Draft));
            return Page();
        }
        if (await bank.UpdateAsync(v, Draft, UserId, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        Success("Draft saved.");
        return Redirect(ItemBankLinks.AuthorItemsDetails(Id));
    }
}
