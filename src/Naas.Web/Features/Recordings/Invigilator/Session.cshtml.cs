using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.AssessmentDays;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Recordings.Invigilator;

/// <summary>One simulation's recording: where it stands, and the form that uploads it (in parts with JavaScript,
/// whole without). A problem from the upload endpoint comes back here in the error summary.</summary>
public class RecordingSessionModel(NaasDbContext db) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public SimulationSession? Session { get; private set; }
    public string Registration { get; private set; } = "";
    public SimulationRecording? Recording { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Read across scope, narrowed to the days this coordinator runs, as the list is.
        Session = await db
            .SimulationSessions.IgnoreQueryFilters()
            .RunBy(UserId)
            .AsNoTracking()
            .Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Include(s => s.ScenarioVersion)
            .SingleOrDefaultAsync(s => s.Id == Id && s.SocialWorkerId != null, ct);
        if (Session is null)
            return NotFound();
        Registration = await db
            .SocialWorkers.IgnoreQueryFilters()
            .Where(p => p.Id == Session.SocialWorkerId)
            .Select(p => p.RegistrationNumber)
            .SingleAsync(ct);
        Recording = (
            await db
                .SimulationRecordings.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(r => r.SessionId == Id)
                .ToListAsync(ct)
        ).MaxBy(r => r.StartedAt);
        if (TempData[RecordingEndpoints.ProblemsKey] is string json)
            foreach (var p in JsonSerializer.Deserialize<List<string[]>>(json) ?? [])
                ModelState.AddModelError(p[0], p[1]);
        return Page();
    }
}
