using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Marker;

public class ReflectiveModel(ReflectiveConversations conversations) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ReflectiveConversations.Opened? Opened { get; private set; }

    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>What the observer entered, kept as entered when something is wrong.</summary>
    public Dictionary<int, string?> Entered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Opened = await conversations.OpenAsync(Id, UserId, ct);
        return Opened is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Opened = await conversations.OpenAsync(Id, UserId, ct);
        if (Opened is null)
            return NotFound();
        Entered = (Opened.Guide?.Criteria ?? []).ToDictionary(
            c => c.Number,
            c => (string?)Request.Form[$"c{c.Number}"].ToString()
        );
        var problems = await conversations.ScoreAsync(Id, UserId, Entered, Notes, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            Opened = await conversations.OpenAsync(Id, UserId, ct);
            return Page();
        }
        Success("Reflective conversation scored.");
        return Redirect(ObservationLinks.MarkerReflective(Id));
    }
}
