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

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }
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
            q = q.Where(e => e.OccurredAt < before);
        }
        Events = await q.OrderByDescending(e => e.OccurredAt).Take(PageSize).ToListAsync(ct);
    }
}
