using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Scenarios.Author;

public class ScenarioDetailsModel(
    NaasDbContext db,
    ScenarioDrafts drafts,
    ScenarioGuides guides,
    ScenarioReviews reviews
) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public ScenarioVersion? Version { get; private set; }
    public List<KnowledgeArea> Areas { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct, bool track = false)
    {
        var q = db.ScenarioVersions.Include(v => v.Scenario).Where(v => v.Id == Id);
        Version = await (track ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (Version is null)
            return false;
        Areas = await guides.AreasAsync(Version.Scenario!.For, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(string step, CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        if (!Enum.TryParse<ItemAction>(step, out var a) || !Enum.IsDefined(a) || a == ItemAction.Edit)
            return BadRequest();
        if (await reviews.ActAsync(Version!, a, UserId, Scope.ActorName, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return await ReloadAsync(ct);
        }
        Success(
            a switch
            {
                ItemAction.Submit => "Submitted for review. Another author must approve it.",
                ItemAction.Approve => "Approved: this version is now live and can be used in assessments.",
                ItemAction.ReturnToAuthor => "Returned to its author as a draft.",
                _ => "Retired: it will not be used in new assessments.",
            }
        );
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int position, CancellationToken ct)
    {
        // A position that is not a number binds as 0, which the guide names as no such criterion.
        ModelState.Remove(nameof(position));
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        if (await guides.RemoveAsync(Version!, position, UserId, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return await ReloadAsync(ct);
        }
        Success($"Criterion {position} removed.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        if (Version!.Status is not (ItemStatus.Live or ItemStatus.Retired))
        {
            ModelState.AddModelError(
                "",
                "Only a live or retired scenario gets a new version: change this draft instead."
            );
            return await ReloadAsync(ct);
        }
        var copy = await drafts.NewVersionAsync(Version, UserId, Scope.ActorName, ct);
        Success($"Version {copy.Version} is a draft copy. The earlier version has not changed.");
        return Redirect(ScenariosLinks.AuthorDetails(copy.Id));
    }

    /// <summary>A refused step shows the page as stored, with the refusal in the error summary.</summary>
    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }
}
