using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Observation;
using Naas.Domain.Workforce;
using Naas.Web.Features.Marking;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Observation.Admin;

public class ReflectiveGuidesModel(ReflectiveGuides guides) : NaasPage, ICriteriaForm
{
    /// <summary>Every status: practitioners' and supervisors' guides are for the reflective conversation, practice
    /// leaders' for the in-depth interview of their assessment day (¶45), held on the same machinery.</summary>
    public static IReadOnlyList<Choice> Levels { get; } =
    [
        new(nameof(StatusLevel.Practitioner), StatusLevel.Practitioner.Name()),
        new(nameof(StatusLevel.Supervisor), StatusLevel.Supervisor.Name()),
        new(nameof(StatusLevel.Leader), $"{StatusLevel.Leader.Name()}: the in-depth interview"),
    ];

    public List<ReflectiveGuide> Versions { get; private set; } = [];

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Prompts { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public List<CriterionInput> Criteria { get; set; } = CriterionInput.Padded(null);

    public async Task OnGetAsync(CancellationToken ct) => Versions = await guides.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Numbers are read here, so that what was typed comes back as typed when something is wrong.
        ModelState.Clear();
        Criteria = CriterionInput.Padded(Criteria);
        var (published, problems) = await guides.PublishAsync(
            Enum.TryParse<StatusLevel>(Level, out var l) && Enum.IsDefined(l) ? l : null,
            new ReflectiveGuideDraft(
                Title,
                Prompts,
                CriterionInput.Number(Minutes),
                Criteria.Select(c => c.ToDraft()).ToList()
            ),
            ct
        );
        if (published is null)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            await OnGetAsync(ct);
            return Page();
        }
        Success(
            $"\"{published.Title}\" published as version {published.Version}. Conversations scored from now on use it."
        );
        return RedirectToPage();
    }
}
