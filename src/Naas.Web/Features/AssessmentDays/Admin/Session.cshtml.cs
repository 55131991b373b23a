using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.AssessmentDays.Admin;

public class SessionModel(
    NaasDbContext db,
    DayPlanning planning,
    SessionStaffing staffing,
    Recordings.RecordingPlayback recordings
) : NaasPage
{
    public SimulationRecording? Recording { get; private set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? RegistrationNumber { get; set; }

    [BindProperty]
    public string? Actor { get; set; }

    [BindProperty]
    public string? LeadObserver { get; set; }

    [BindProperty]
    public string? SecondObserver { get; set; }

    /// <summary>The second observer scores from the recording, not in the room.</summary>
    [BindProperty]
    public bool FromRecording { get; set; }
    public SimulationSession? Session { get; private set; }
    public string Place { get; private set; } = "";
    public string? CandidateName { get; private set; }
    public Dictionary<Guid, string> Names { get; private set; } = [];
    public IReadOnlyList<Choice> ActorChoices { get; private set; } = [];
    public IReadOnlyList<Choice> ObserverChoices { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct, bool track = false)
    {
        var q = db
            .SimulationSessions.Include(s => s.Day)
                .ThenInclude(d => d!.Centre)
            .Include(s => s.Room)
            .Include(s => s.ScenarioVersion)
                .ThenInclude(v => v!.Scenario)
            .Where(s => s.Id == Id);
        Session = await (track ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (Session is null)
            return false;
        Place = Session.Day!.Centre is { } c ? $"{c.Name}, {Session.Room?.Name}" : "Remote";
        CandidateName = Session.SocialWorkerId is { } p
            ? await db
                .SocialWorkers.Where(x => x.Id == p)
                .Select(x => x.GivenName + " " + x.FamilyName)
                .SingleOrDefaultAsync(ct)
            : null;
        Recording = (await recordings.ForSessionsAsync([Id], ct)).GetValueOrDefault(Id);
        var actors = await db.Actors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var observers = await db.Observers.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        Names = actors
            .Select(a => (a.Id, a.Name))
            .Concat(observers.Select(o => (o.Id, o.Name)))
            .ToDictionary(x => x.Id, x => x.Name);
        ActorChoices = actors.Select(a => new Choice(a.Id.ToString(), a.Name)).ToList();
        ObserverChoices = observers
            .Select(o => new Choice(
                o.Id.ToString(),
                o.Name,
                o.CalibratedOn is { } d ? $"Calibrated {d:d MMMM yyyy}" : "Not yet calibrated"
            ))
            .ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlaceAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        var problems = await planning.PlaceAsync(Session!, RegistrationNumber, ct);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems, "");
            return await ReloadAsync(ct);
        }
        Success($"{CandidateNameAfter()} placed in the session.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGiveAsync(string role, CancellationToken ct)
    {
        if (!await LoadAsync(ct, track: true))
            return NotFound();
        if (!Enum.TryParse<SimulationRole>(role, out var r) || !Enum.IsDefined(r))
            return BadRequest();
        var field = r switch
        {
            SimulationRole.Actor => nameof(Actor),
            SimulationRole.LeadObserver => nameof(LeadObserver),
            _ => nameof(SecondObserver),
        };
        var chosen = r switch
        {
            SimulationRole.Actor => Actor,
            SimulationRole.LeadObserver => LeadObserver,
            _ => SecondObserver,
        };
        if (!Guid.TryParse(chosen, out var who))
        {
            ModelState.AddModelError(field, r == SimulationRole.Actor ? "Select an actor" : "Select an observer");
            return await ReloadAsync(ct);
        }
        var refusals = await staffing.GiveAsync(
            Session!,
            r,
            who,
            ct,
            fromRecording: r == SimulationRole.SecondObserver && FromRecording
        );
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
                ModelState.AddModelError(field, refusal);
            return await ReloadAsync(ct);
        }
        Success($"{Names.GetValueOrDefault(who)} given the session.");
        return RedirectToPage();
    }

    private string CandidateNameAfter() => RegistrationNumber?.Trim().ToUpperInvariant() ?? "The candidate";

    /// <summary>A refused change shows the session as stored, with what was chosen still chosen.</summary>
    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }
}
