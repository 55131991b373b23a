using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Me;

public class QuestionModel(SittingClock tests, AnswerRecorder answers) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public int Position { get; set; }
    public QuestionView? Question { get; private set; }
    public string RemainingText { get; private set; } = "";
    public bool RestBreaksAllowed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        if (attempt.SubmittedAt is not null)
            return Redirect(KnowledgeTestLinks.MeResult(Id));
        if (attempt.BreakStartedAt is not null)
            return Redirect(KnowledgeTestLinks.MeBreak(Id));
        RestBreaksAllowed = attempt.RestBreaksAllowed;
        Question = await answers.QuestionAsync(attempt, Position, ct);
        if (Question is null)
            return NotFound();
        RemainingText = SittingClock.Describe(Question.Remaining);
        return Page();
    }

    private async Task<List<string>?> ResponseAsync(Naas.Data.Entities.KnowledgeAttempt attempt, CancellationToken ct)
    {
        var ids = attempt.Items;
        if (Position < 1 || Position > ids.Count)
            return null;
        var (type, options) = await answers.OptionsAsync(ids[Position - 1], ct);
        return AnswerRecorder.ReadAnswer(Request.Form, type, options);
    }

    public async Task<IActionResult> OnPostAsync(string? go, bool flag, CancellationToken ct)
    {
        var attempt = await tests.LoadAsync(Id, User.SocialWorkerId() ?? Guid.Empty, ct);
        if (attempt is null)
            return NotFound();
        if (attempt.SubmittedAt is not null)
            return Redirect(KnowledgeTestLinks.MeResult(Id)); // time ran out: the test ended with what was saved
        var ids = attempt.Items;
        if (await ResponseAsync(attempt, ct) is not { } response)
            return NotFound();
        await answers.SaveAsync(attempt, Position, response, flag, ct);
        if (go == "break" && await tests.StartBreakAsync(attempt, ct))
            return Redirect(KnowledgeTestLinks.MeBreak(Id));
        return go switch
        {
            "previous" when Position > 1 => Redirect(KnowledgeTestLinks.MeQuestion(Id, Position - 1)),
            "next" when Position < ids.Count => Redirect(KnowledgeTestLinks.MeQuestion(Id, Position + 1)),
            _ => Redirect(KnowledgeTestLinks.MeCheck(Id)),
        };
    }
}
