using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest.Invigilator;

public class SittingModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }
    public string Candidate { get; private set; } = "";
    public string Location { get; private set; } = "";
    public List<(DateTimeOffset At, string What)> Timing { get; private set; } = [];
    public List<InvigilationNote> Notes { get; private set; } = [];

    private async Task<KnowledgeAttempt?> LoadAsync(CancellationToken ct)
    {
        var attempt = await db
            .KnowledgeAttempts.IgnoreQueryFilters()
            .Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == Id, ct);
        if (attempt is null)
            return null;
        var p = await db
            .SocialWorkers.IgnoreQueryFilters()
            .AsNoTracking()
            .SingleAsync(x => x.Id == attempt.SocialWorkerId, ct);
        (Candidate, Location) = ($"{p.FullName} ({p.RegistrationNumber})", attempt.Location);
        // The timing events are the sitting's audit records; the score in them is left out of this view.
        Timing = (
            await db
                .AuditEvents.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(e => e.SubjectType == "KnowledgeAttempt" && e.SubjectId == Id && e.Action != "Rescored")
                .OrderBy(e => e.OccurredAt)
                .Select(e => new { e.OccurredAt, e.Action })
                .ToListAsync(ct)
        )
            .Select(e =>
                (
                    e.OccurredAt,
                    e.Action switch
                    {
                        "Started" => "Started",
                        "BreakStarted" => "Rest break started",
                        "Resumed" => "Resumed after a rest break",
                        "Submitted" => "Submitted",
                        "TimedOut" => "Ended at time-out",
                        "IrregularityNoted" => "Irregularity noted",
                        _ => e.Action,
                    }
                )
            )
            .ToList();
        Notes = attempt.Notes.OrderBy(n => n.At).ToList();
        return attempt;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var attempt = await LoadAsync(ct);
        if (attempt is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Enter what happened");
            return Page();
        }
        if (Note.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
            return Page();
        }
        var note = new InvigilationNote
        {
            AttemptId = attempt.Id,
            At = clock.GetUtcNow(),
            By = Scope.ActorName,
            Note = Note.Trim(),
        };
        db.InvigilationNotes.Add(note);
        db.Record(new IrregularityNoted(attempt.Id, attempt.SocialWorkerId, note.Id, Scope.ActorName));
        await db.SaveChangesAsync(ct);
        Success("Your note has been added to the invigilation record.");
        return RedirectToPage();
    }
}
