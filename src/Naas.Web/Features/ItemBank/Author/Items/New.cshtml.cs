using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.ItemBank.Author.Items;

public class NewItemModel(NaasDbContext db, ItemDrafts bank, ItemDraftChecks checks) : NaasPage
{
    [BindProperty]
    public ItemDraft Draft { get; set; } =
        new()
        {
            Pool = Naas.Domain.KnowledgeTest.ItemPool.Assessment,
            OptionsToChoose = 1,
            ScoringRule = Naas.Domain.ItemBank.PartialCreditRule.PerPart,
        };
    public IReadOnlyList<Choice> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Areas = await ItemChoices.AreasAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Areas = await ItemChoices.AreasAsync(db, ct);
        if (!ModelState.IsValid)
            return Page();
        var blocking = await checks.ValidateDraftAsync(Draft, ct);
        if (blocking.Count > 0)
        {
            ModelState.AddProblems(blocking, nameof(Draft));
            return Page();
        }
        var version = await bank.CreateAsync(Draft, UserId, Scope.ActorName, ct);
        Success("Your draft has been saved. Submit it for review when it is ready.");
        return Redirect(ItemBankLinks.AuthorItemsDetails(version.Id));
    }
}
