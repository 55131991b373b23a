using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Written;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written.Me;

public class WrittenSittingModel(WrittenSittings sittings) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public WrittenSitting? Sitting { get; private set; }
    public List<WrittenSittings.Played> Played { get; private set; } = [];
    public TimeSpan Remaining { get; private set; }

    /// <summary>What the candidate typed, kept as typed when a save is refused.</summary>
    public Dictionary<int, string> Typed { get; private set; } = [];

    public string Answer(int task) =>
        Typed.TryGetValue(task, out var t) ? t : Sitting!.Answers.SingleOrDefault(a => a.Task == task)?.Text ?? "";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Sitting = await sittings.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (Sitting is null)
            return NotFound();
        if (Sitting.SubmittedAt is not null)
            return Redirect(WrittenLinks.Me());
        Played = await sittings.PlayedAsync(Sitting, ct);
        Remaining = sittings.Remaining(Sitting);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>Without JavaScript, the buttons save; "Save and check" goes on to submitting.</summary>
    public async Task<IActionResult> OnPostAsync(string? go, CancellationToken ct)
    {
        var answers = WrittenForm.Answers(Request.Form);
        var (outcome, problem) = await sittings.SaveAsync(Id, User.SocialWorkerId() ?? Guid.Empty, answers, ct);
        switch (outcome)
        {
            case WrittenSittings.SaveOutcome.NotFound:
                return NotFound();
            case WrittenSittings.SaveOutcome.Ended:
                TempData["Success"] =
                    "Your time ran out before that save: what you had saved before it has been kept for marking.";
                return Redirect(WrittenLinks.Me());
            case WrittenSittings.SaveOutcome.Refused:
                if (await LoadAsync(ct) is { } gone)
                    return gone;
                Typed = answers;
                var task = answers.FirstOrDefault(a => WrittenExercise.AnswerProblem(a.Key, a.Value) is not null).Key;
                ModelState.AddModelError($"t{task}", problem!);
                return Page();
        }
        if (go == "check")
            return Redirect(WrittenLinks.Check(Id));
        Success("Your answers have been saved.");
        return Redirect(WrittenLinks.Sitting(Id));
    }
}
