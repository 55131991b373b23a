using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Administration.Admin;

public class AuditModel(NaasDbContext db) : NaasPage
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    /// <summary>The cursor: the instant of the last change shown (its UTC ticks) and how many changes at exactly
    /// that instant have been shown, so that changes recorded together are never skipped at a page's edge.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Shown { get; set; }

    /// <summary>The next page's cursor, from the last change on this one.</summary>
    public (long Before, int Shown) Next
    {
        get
        {
            var last = Events[^1].OccurredAt;
            var atLast = Events.Count(e => e.OccurredAt == last);
            // A whole page at the cursor's own instant carries on counting from where it began.
            return (last.UtcTicks, atLast + (Before == last.UtcTicks ? Math.Max(Shown, 0) : 0));
        }
    }
    public List<AuditEvent> Events { get; private set; } = [];
    public List<string> SubjectTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        SubjectTypes = await db.AuditEvents.Select(e => e.SubjectType).Distinct().OrderBy(s => s).ToListAsync(ct);
        var q = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(Subject))
            q = q.Where(e => e.SubjectType == Subject);
        if (Before is { } ticks)
        {
            var before = new DateTimeOffset(ticks, TimeSpan.Zero);
            q = q.Where(e => e.OccurredAt <= before)
                .OrderByDescending(e => e.OccurredAt)
                .ThenByDescending(e => e.Id)
                .Skip(Math.Max(Shown, 0));
        }
        else
            q = q.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
        Events = await q.Take(PageSize).ToListAsync(ct);
    }
}
