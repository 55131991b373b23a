using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>A question as the candidate sees it: never its key.</summary>
public sealed record QuestionView(
    int Position,
    int Count,
    ItemType Type,
    string Stem,
    IReadOnlyList<string> Options,
    int OptionsToChoose,
    IReadOnlyList<string> Chosen,
    bool Flagged,
    TimeSpan Remaining,
    KnowledgeCase? Case = null
);

/// <summary>Questions shown without their keys, and answers saved as given, before the response returns: from the
/// page's own form, or by autosave (from memory where it can, through <see cref="AnswerWriter"/> on
/// PostgreSQL).</summary>
public sealed class AnswerRecorder(NaasDbContext db, TimeProvider clock, Autosaver autosaver, SittingClock sittings)
{
    public enum AutosaveOutcome
    {
        Saved,
        NotFound,
        Ended,
    }

    /// <summary>An autosave that <see cref="Autosaver"/> could not settle from memory: the sitting's owner and form and
    /// the question's options are read (and remembered), and on PostgreSQL the save goes to the <see
    /// cref="AnswerWriter"/>, which commits it only while the sitting is open and its time, computed in the database
    /// from the stored start, has not run out. Anything else (a break, the time up, SQLite) goes the ordinary way,
    /// which ends the test when its time is up.</summary>
    public async Task<AutosaveOutcome> AutosaveAsync(
        Guid attemptId,
        Guid socialWorkerId,
        int position,
        IFormCollection form,
        bool flagged,
        CancellationToken ct
    )
    {
        var sitting = await FormAsync(attemptId, ct);
        if (sitting is null || sitting.Value.Owner != socialWorkerId)
            return AutosaveOutcome.NotFound;
        var ids = sitting.Value.Items;
        if (position < 1 || position > ids.Length)
            return AutosaveOutcome.NotFound;
        var (type, options) = await OptionsAsync(ids[position - 1], ct);
        if (await autosaver.TrySaveAsync(attemptId, socialWorkerId, position, form, flagged) is { } outcome)
            return outcome;
        var attempt = await sittings.LoadAsync(attemptId, socialWorkerId, ct);
        if (attempt is null)
            return AutosaveOutcome.NotFound;
        return await SaveAsync(attempt, position, ReadAnswer(form, type, options), flagged, ct)
            ? AutosaveOutcome.Saved
            : AutosaveOutcome.Ended;
    }

    /// <summary>The answer as a question's form gives it (option numbers, or true/false per statement for a multi-part
    /// question) turned into the options' texts; anything that is not one of the options is dropped.</summary>
    public static List<string> ReadAnswer(IFormCollection form, ItemType type, IReadOnlyList<string> options) =>
        type == ItemType.MultiPart
            ? options
                .Select((o, i) => (o, form[$"s{i}"].ToString()))
                .Where(x => x.Item2 is "true" or "false")
                .Select(x => $"{x.o}={x.Item2}")
                .ToList()
            : form["o"]
                .Select(s => int.TryParse(s, out var i) && i >= 0 && i < options.Count ? options[i] : null)
                .OfType<string>()
                .Distinct()
                .ToList();

    /// <summary>A sitting's owner and form, remembered: neither changes once the sitting starts.</summary>
    private async Task<(Guid Owner, Guid[] Items)?> FormAsync(Guid attemptId, CancellationToken ct)
    {
        if (autosaver.TryForm(attemptId, out var known))
            return known;
        // Read across the query filter on purpose: the caller's ownership is checked against the stored owner.
        var a = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(x => x.Id == attemptId)
            .Select(x => new { x.SocialWorkerId, x.ItemVersionIds })
            .SingleOrDefaultAsync(ct);
        if (a is null)
            return null;
        var form = (a.SocialWorkerId, a.ItemVersionIds.ToArray());
        autosaver.RememberForm(attemptId, form);
        return form;
    }

    /// <summary>A form's question type and options, remembered: a version on a form never changes its
    /// options.</summary>
    public async Task<(ItemType Type, IReadOnlyList<string> Options)> OptionsAsync(Guid versionId, CancellationToken ct)
    {
        if (autosaver.TryOptions(versionId, out var known))
            return known;
        var v = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Where(x => x.Id == versionId)
            .Select(x => new { x.Type, x.Options })
            .SingleAsync(ct);
        var options = (v.Type, (IReadOnlyList<string>)KnowledgeItemVersion.Lines(v.Options));
        autosaver.RememberOptions(versionId, options);
        return options;
    }

    public async Task<QuestionView?> QuestionAsync(KnowledgeAttempt a, int position, CancellationToken ct)
    {
        var ids = a.Items;
        if (position < 1 || position > ids.Count)
            return null;
        var v = await db
            .KnowledgeItemVersions.AsNoTracking()
            .Include(x => x.Case)
            .SingleAsync(x => x.Id == ids[position - 1], ct);
        var answer = a.Answers.SingleOrDefault(x => x.Position == position);
        return new QuestionView(
            position,
            ids.Count,
            v.Type,
            v.Stem,
            KnowledgeItemVersion.Lines(v.Options),
            v.OptionsToChoose,
            answer is null ? [] : KnowledgeItemVersion.Lines(answer.Response),
            answer?.Flagged ?? false,
            sittings.Remaining(a),
            v.Case
        );
    }

    /// <summary>Saves an answer before the response returns. Refused once the test has ended.</summary>
    public async Task<bool> SaveAsync(
        KnowledgeAttempt a,
        int position,
        IReadOnlyList<string> response,
        bool flagged,
        CancellationToken ct
    )
    {
        if (a.SubmittedAt is not null || a.BreakStartedAt is not null || position < 1 || position > a.Items.Count)
            return false;
        // On PostgreSQL the page's own save goes through the same guarded statement as autosave, so that it too
        // either lands before a submission in another tab reads the answers or is refused (issue 17). The tracked
        // sitting is left as it was: nothing of it is saved again by this request.
        if (autosaver.Writer is { } writer)
            return await writer.SaveAsync(a.Id, position, string.Join("\n", response), flagged, clock.GetUtcNow());
        var answer = a.Answers.SingleOrDefault(x => x.Position == position);
        if (answer is null)
        {
            answer = new KnowledgeAnswer
            {
                AttemptId = a.Id,
                Position = position,
                Response = "",
            };
            a.Answers.Add(answer);
            db.KnowledgeAnswers.Add(answer);
        }
        var (text, at) = (string.Join("\n", response), clock.GetUtcNow());
        (answer.Response, answer.Flagged, answer.SavedAt) = (text, flagged, at);
        // An autosave and the page's own post for the same question can arrive together: the one that loses the race
        // for the row writes its answer onto the row the other saved (the later answer stands, as the candidate meant).
        return await db.SaveOrSettleAsync(
            async () =>
            {
                a.Answers.Remove(answer);
                answer = await db.KnowledgeAnswers.SingleAsync(x => x.AttemptId == a.Id && x.Position == position, ct);
                (answer.Response, answer.Flagged, answer.SavedAt) = (text, flagged, at);
                a.Answers.Add(answer);
                return true;
            },
            ct
        );
    }
}
