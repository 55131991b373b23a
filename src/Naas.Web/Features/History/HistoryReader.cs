using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.History;

/// <summary>One change in someone's history, read back as its own record.</summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    string Actor,
    AuditedChange Change,
    string Summary,
    string? Reason,
    IReadOnlyList<(string Name, string Value)> Details
);

/// <summary>Reads the audit as typed changes: the audit view, a programme administrator's timeline of one person and a
/// social worker's own history all go through here, so each change reads the same wherever it is shown.</summary>
public sealed class HistoryReader(NaasDbContext db)
{
    /// <summary>Every kind of change this service writes, by the name stored with it.</summary>
    public static IReadOnlyDictionary<string, Type> Kinds { get; } =
        AuditPayload.Kinds(typeof(HistoryReader).Assembly, typeof(AuditedChange).Assembly);

    /// <summary>The change an audit row holds. A row from before changes were typed, or of a kind this version no
    /// longer knows, or whose payload cannot be read, is its stored words (an <see cref="EarlierRecord"/>): history
    /// is never lost to a rename.</summary>
    public static AuditedChange Read(AuditEvent e)
    {
        if (e.EventType != nameof(EarlierRecord) && Kinds.TryGetValue(e.EventType, out var type))
        {
            try
            {
                if (AuditPayload.Read(type, e.Payload) is { } change)
                    return change;
            }
            catch (JsonException) { }
            catch (NotSupportedException) { }
        }
        return new EarlierRecord(e.SubjectType, e.SubjectId, e.Action, e.Summary, e.Reason);
    }

    /// <summary>The payload's values as label and text, for the audit view's "what changed"; ids are left
    /// out.</summary>
    public static IReadOnlyList<(string Name, string Value)> Details(AuditEvent e)
    {
        if (e.EventType == nameof(EarlierRecord))
            return [];
        try
        {
            using var doc = JsonDocument.Parse(e.Payload);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return [];
            // Ids are for joining, not reading; a value that only repeats the summary says nothing more.
            return doc
                .RootElement.EnumerateObject()
                .Where(p =>
                    !(
                        p.Value.ValueKind == JsonValueKind.String
                        && (Guid.TryParse(p.Value.GetString(), out _) || p.Value.GetString() == e.Summary)
                    )
                )
                .Select(p => (p.Name, Text(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Text(JsonElement v) =>
        v.ValueKind switch
        {
            JsonValueKind.Null => "none",
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            JsonValueKind.Array => v.GetArrayLength() == 0
                ? "none"
                : string.Join("; ", v.EnumerateArray().Select(Text)),
            JsonValueKind.Object => string.Join(
                ", ",
                v.EnumerateObject()
                    .Where(p =>
                        !(p.Value.ValueKind == JsonValueKind.String && Guid.TryParse(p.Value.GetString(), out _))
                    )
                    .Select(p => $"{p.Name} {Text(p.Value)}")
            ),
            JsonValueKind.String => v.GetString() ?? "",
            _ => v.GetRawText(),
        };

    public static HistoryEntry Entry(AuditEvent e) =>
        new(e.OccurredAt, e.ActorName, Read(e), e.Summary, e.Reason, Details(e));

    /// <summary>Everything that concerns one social worker, newest first, for a programme administrator.</summary>
    public async Task<(List<HistoryEntry> Entries, bool Older)> OfPersonAsync(
        Guid socialWorkerId,
        int page,
        CancellationToken ct
    )
    {
        var rows = await PageAsync(socialWorkerId, page, ct);
        return ([.. rows.Take(PageSize).Select(Entry)], rows.Count > PageSize);
    }

    /// <summary>How many recorded changes one page of a timeline reads: a person's whole history can run to
    /// thousands over the years, so it is read a page at a time, newest first.</summary>
    public const int PageSize = 100;

    /// <summary>The changes concerning a person, newest first; rows recorded in the same instant keep one order by
    /// id, so pages neither repeat nor skip them.</summary>
    private IQueryable<AuditEvent> Newest(Guid socialWorkerId) =>
        db
            .AuditEvents.AsNoTracking()
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id);

    /// <summary>One page of the changes concerning a person, and one row more to tell whether there are older
    /// ones.</summary>
    private Task<List<AuditEvent>> PageAsync(Guid socialWorkerId, int page, CancellationToken ct) =>
        Newest(socialWorkerId).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);

    /// <summary>What a social worker may read of their own history, in plain words, newest first: the changes that
    /// say something to them, and none that would tell them a mark or a score before their results are
    /// released.</summary>
    /// <remarks>A page holds <see cref="PageSize"/> lines the person may read: changes that are not for their eyes
    /// are passed over, read in chunks, so no page is empty while older lines remain.</remarks>
    public async Task<(List<(DateTimeOffset At, string Words)> Entries, bool Older)> OwnAsync(
        Guid socialWorkerId,
        int page,
        CancellationToken ct
    )
    {
        const int chunk = 500;
        var skip = (Math.Max(page, 1) - 1) * PageSize;
        var lines = new List<(DateTimeOffset At, string Words)>();
        for (var offset = 0; ; offset += chunk)
        {
            var rows = await Newest(socialWorkerId).Skip(offset).Take(chunk).ToListAsync(ct);
            foreach (var e in rows)
            {
                if (Read(e).ForThePerson() is not { } words)
                    continue;
                if (skip > 0)
                    skip--;
                else if (lines.Count == PageSize)
                    return (lines, true);
                else
                    lines.Add((e.OccurredAt, words));
            }
            if (rows.Count < chunk)
                return (lines, false);
        }
    }
}
