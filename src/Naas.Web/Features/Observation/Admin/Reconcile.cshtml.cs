using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Scenarios;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Admin;

public class ReconcileModel(DoubleMarking doubleMarking) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }
    public DoubleMarking.Pair? Pair { get; private set; }

    public string? Error(string field) =>
        ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Pair = await doubleMarking.PairAsync(Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((Pair = await doubleMarking.PairAsync(Id, ct)) is null)
            return NotFound();
        var levels = Enumerable
            .Range(1, Pair.Scenario.Criteria.Count)
            .Select(i =>
                Enum.TryParse<CriterionLevel>(Request.Form[$"Level{i}"].FirstOrDefault(), out var l)
                && Enum.IsDefined(l)
                    ? l
                    : (CriterionLevel?)null
            )
            .ToList();
        GlobalJudgement? global =
            Enum.TryParse<GlobalJudgement>(Request.Form["Global"].FirstOrDefault(), out var g) && Enum.IsDefined(g)
                ? g
                : null;
        var problems = await doubleMarking.ReconcileAsync(Pair, levels, global, Rationale, Scope.ActorName, ct);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            return Page();
        }
        Success($"{Pair.Candidate}'s simulation has been reconciled.");
        return Redirect(ObservationLinks.AdminModeration());
    }
}
