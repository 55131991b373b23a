using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StandardSetting.Panel;

/// <summary>A panellist rates every unit for the current round. What they typed stays on the page if anything is
/// wrong, and nothing is saved until every rating is valid.</summary>
public class RateModel(PanelRatings ratings) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public PanellistView? View { get; private set; }
    public Dictionary<string, string?> Typed { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((View = await ratings.PanellistViewAsync(Id, User.UserId() ?? Guid.Empty, ct)) is null)
            return NotFound();
        foreach (var u in View.Units)
            Typed[u.Key] =
                View.Mine.TryGetValue(u.Key, out var v)
                    ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
                : View.MyRound1.TryGetValue(u.Key, out var r1)
                    ? r1.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
                : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((View = await ratings.PanellistViewAsync(Id, User.UserId() ?? Guid.Empty, ct)) is null)
            return NotFound();
        foreach (var u in View.Units)
            Typed[u.Key] = Request.Form[$"r-{u.Key}"].ToString();
        var problems = await ratings.SubmitAsync(View, Typed, ct);
        if (problems.Count > 0)
        {
            foreach (var (key, message) in problems)
                ModelState.AddModelError(key.Length == 0 ? "" : $"r-{key}", message);
            return Page();
        }
        Success($"Your round {View.Exercise.Round} ratings are saved. You can change them until the round closes.");
        return RedirectToPage();
    }
}
