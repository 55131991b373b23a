using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Marker;

public class WrittenScriptModel(WrittenMarking marking) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public WrittenMarking.BlindScript? Script { get; private set; }

    [BindProperty]
    public string? Feedback { get; set; }

    /// <summary>What the marker entered, kept as entered when something is wrong.</summary>
    public Dictionary<int, string?> Entered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Script = await marking.ScriptAsync(Id, UserId, ct);
        return Script is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Script = await marking.ScriptAsync(Id, UserId, ct);
        if (Script is null)
            return NotFound();
        Entered = Script.Criteria.ToDictionary(c => c.Number, c => (string?)Request.Form[$"c{c.Number}"].ToString());
        var problems = await marking.MarkAsync(Id, UserId, Entered, Feedback, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            return Page();
        }
        Success($"Script {Script.Code} marked.");
        return Redirect(WrittenLinks.Script(Id));
    }
}
