using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Domain.Written;
using Naas.Web.Features.Marking;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Written.Admin;

public class WrittenExercisesModel(WrittenExercises exercises) : NaasPage, ICriteriaForm
{
    public sealed class TaskInput
    {
        public string? Prompt { get; set; }
        public string? WordGuide { get; set; }
    }

    public static IReadOnlyList<Choice> Levels { get; } =
    [
        new(nameof(StatusLevel.Practitioner), StatusLevel.Practitioner.Name()),
        new(nameof(StatusLevel.Supervisor), StatusLevel.Supervisor.Name()),
    ];

    public List<WrittenExerciseVersion> Versions { get; private set; } = [];

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Instructions { get; set; }

    [BindProperty]
    public string? CaseInformation { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public List<TaskInput> Tasks { get; set; } = [.. Enumerable.Range(0, 4).Select(_ => new TaskInput())];

    [BindProperty]
    public List<CriterionInput> Criteria { get; set; } = CriterionInput.Padded(null);

    public async Task OnGetAsync(CancellationToken ct) => Versions = await exercises.AllAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Numbers are read here, so that what was typed comes back as typed when something is wrong.
        ModelState.Clear();
        while (Tasks.Count < 4)
            Tasks.Add(new TaskInput());
        Criteria = CriterionInput.Padded(Criteria);
        var draft = new WrittenExerciseDraft(
            Title,
            Instructions,
            CaseInformation,
            CriterionInput.Number(Minutes),
            Tasks.Take(4).Select(t => new WrittenTaskDraft(t.Prompt, CriterionInput.Number(t.WordGuide))).ToList(),
            Criteria.Select(c => c.ToDraft()).ToList()
        );
        var (published, problems) = await exercises.PublishAsync(
            Enum.TryParse<StatusLevel>(Level, out var l) && Enum.IsDefined(l) ? l : null,
            draft,
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
            $"\"{published.Title}\" published as version {published.Version}. Candidates who start from now on sit it."
        );
        return RedirectToPage();
    }
}
