using Microsoft.Extensions.Caching.Memory;
using Naas.Domain.ItemBank;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>
/// The autosave's way through memory, taken by every candidate every few seconds. A sitting's owner and form never
/// change once it starts, and a form version's options never change once shown, so both are kept here (filled from
/// the database by <see cref="AnswerRecorder"/> the first time they are needed); with them at hand and the
/// <see cref="AnswerWriter"/> on PostgreSQL, a save needs no database context at all. A singleton, so that an
/// autosave builds nothing per request but what the request itself needs.
/// </summary>
public sealed class Autosaver(IMemoryCache cache, TimeProvider clock, IServiceProvider services)
{
    private readonly AnswerWriter? writer = services.GetService<AnswerWriter>();

    /// <summary>The grouped writer on PostgreSQL (its statement holds the sitting FOR SHARE, closing the race with a
    /// submission); null on SQLite.</summary>
    public AnswerWriter? Writer => writer;

    /// <summary>Saved if the answer landed; NotFound if the sitting is someone else's or has no such question;
    /// null when the ordinary way must decide (nothing in memory yet, SQLite, or the sitting's guard refused it:
    /// ended, on a break, or out of time).</summary>
    public async Task<AnswerRecorder.AutosaveOutcome?> TrySaveAsync(
        Guid attemptId,
        Guid socialWorkerId,
        int position,
        IFormCollection form,
        bool flagged
    )
    {
        if (writer is null || !TryForm(attemptId, out var sitting))
            return null;
        if (sitting.Owner != socialWorkerId || position < 1 || position > sitting.Items.Length)
            return AnswerRecorder.AutosaveOutcome.NotFound;
        if (!TryOptions(sitting.Items[position - 1], out var question))
            return null;
        var answer = AnswerRecorder.ReadAnswer(form, question.Type, question.Options);
        return await writer.SaveAsync(attemptId, position, string.Join("\n", answer), flagged, clock.GetUtcNow())
            ? AnswerRecorder.AutosaveOutcome.Saved
            : null;
    }

    public bool TryForm(Guid attemptId, out (Guid Owner, Guid[] Items) form) =>
        cache.TryGetValue(("attempt-form", attemptId), out form);

    public void RememberForm(Guid attemptId, (Guid Owner, Guid[] Items) form) =>
        cache.Set(
            ("attempt-form", attemptId),
            form,
            new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) }
        );

    public bool TryOptions(Guid versionId, out (ItemType Type, IReadOnlyList<string> Options) options) =>
        cache.TryGetValue(("item-options", versionId), out options);

    public void RememberOptions(Guid versionId, (ItemType Type, IReadOnlyList<string> Options) options) =>
        cache.Set(
            ("item-options", versionId),
            options,
            new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(2) }
        );
}
