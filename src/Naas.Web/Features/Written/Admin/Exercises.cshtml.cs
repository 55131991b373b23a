using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Marking;
using Naas.Domain.Workforce;
using Naas.Domain.Written;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Written.Admin;

public class WrittenExercisesModel(WrittenExercises exercises) : NaasPage
{
    public sealed class TaskInput
    {
        public string? Prompt { get; set; }
        public string? WordGuide { get; set; }
    }

    public sealed class CriterionInput
    {
        public string? Text { get; set; }
        public string? MaxMarks { get; set; }
        public string? Guidance { get; set; }
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
    public List<CriterionInput> Criteria { get; set; } = [.. Enumerable.Range(0, 6).Select(_ => new CriterionInput())];

    public async Task OnGetAsync(CancellationToken ct) => Versions = await exercises.AllAsync(ct);

    private static int? Number(string? s) =>
        int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Numbers are read here, so that what was typed comes back as typed when something is wrong.
        ModelState.Clear();
        while (Tasks.Count < 4)
            Tasks.Add(new TaskInput());
        while (Criteria.Count < 6)
            Criteria.Add(new CriterionInput());
        var draft = new WrittenExerciseDraft(
            Title,
            Instructions,
            CaseInformation,
            Number(Minutes),
            Tasks.Take(4).Select(t => new WrittenTaskDraft(t.Prompt, Number(t.WordGuide))).ToList(),
            Criteria.Take(6).Select(c => new CriterionDraft(c.Text, Number(c.MaxMarks), c.Guidance)).ToList()
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
