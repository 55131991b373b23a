using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank.Author.Items;

public class ItemDetailsModel(
    NaasDbContext db,
    ItemDrafts bank,
    ItemEnemies enemies,
    ItemReviews reviews,
    KeyCorrection keys,
    ItemStatistics statistics
) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public KnowledgeItemVersion? Version { get; private set; }

    [BindProperty]
    public string? NewKey { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Enemies { get; set; }
    public List<string> EnemyReferences { get; private set; } = [];

    /// <summary>How this version has performed: sittings that used it and the mean share of its mark earned.</summary>
    public (int Sittings, decimal? Facility) Statistics { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct, bool track = false)
    {
        var q = db
            .KnowledgeItemVersions.Include(v => v.Item)
            .Include(v => v.Area)
            .Include(v => v.Case)
            .Where(v => v.Id == Id);
        Version = await (track ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (Version is null)
            return false;
        EnemyReferences = await db
            .KnowledgeItemEnemies.Where(e => e.ItemId == Version.ItemId)
            .Join(db.KnowledgeItems, e => e.EnemyItemId, i => i.Id, (e, i) => i.Reference)
            .OrderBy(r => r)
            .ToListAsync(ct);
        Statistics = await statistics.StatisticsAsync(Version, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        NewKey = Version!.Key;
        Enemies = string.Join(", ", EnemyReferences);
        return Page();
    }

    public async Task<IActionResult> OnPostEnemiesAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (await enemies.SetEnemiesAsync(Version!.ItemId, Enemies, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Enemies), problem);
            NewKey = Version.Key;
            return Page();
        }
        Success("Enemies saved. Forms assembled from now on keep these items apart.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActAsync(string step, CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        // Suspension is the fairness screen's, with its evidence: no author suspends by hand.
        if (
            !Enum.TryParse<ItemAction>(step, out var a)
            || a is ItemAction.Edit or ItemAction.Suspend
            || !Enum.IsDefined(a)
        )
            return BadRequest();
        var wasSuspended = Version!.Status == ItemStatus.Suspended;
        if (await reviews.ActAsync(Version!, a, UserId, Scope.ActorName, null, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        Success(
            a switch
            {
                ItemAction.Submit => "Submitted for review. Another author must approve it.",
                ItemAction.Approve when wasSuspended => "Reinstated after review: it can appear on new forms again.",
                ItemAction.Approve => "Approved: this version is now live and can appear on forms.",
                ItemAction.ReturnToAuthor => "Returned to its author as a draft.",
                _ => "Retired: it will not appear on new forms.",
            }
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCorrectKeyAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        if (Version!.Status is not (ItemStatus.Live or ItemStatus.Retired))
            return BadRequest();
        var (rescored, problem) = await keys.CorrectKeyAsync(Version, NewKey, Reason, Scope.ActorName, ct);
        if (problem is not null)
        {
            ModelState.AddModelError(problem.StartsWith("Enter why") ? nameof(Reason) : nameof(NewKey), problem);
            return Page();
        }
        Success(
            $"The key has been corrected and {rescored} test {(rescored == 1 ? "score has" : "scores have")} changed."
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        var copy = await bank.NewVersionAsync(Version!, UserId, Scope.ActorName, ct);
        Success($"Version {copy.Version} is a draft copy. The earlier version has not changed.");
        return Redirect(ItemBankLinks.AuthorItemsDetails(copy.Id));
    }
}
