using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Domain.Observation;
using Naas.Domain.Scenarios;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Marker;

public class SheetModel(ObservationSheets sheets, Recordings.RecordingPlayback recordings) : NaasPage
{
    /// <summary>The simulation's recording once received, for scoring from it or checking a note.</summary>
    public SimulationRecording? Recording { get; private set; }

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Whether a submitted sheet is open for a recorded correction.</summary>
    [FromQuery]
    public bool Correct { get; set; }

    [BindProperty]
    public string? Reason { get; set; }
    public ObservationSheets.Opened? Opened { get; private set; }

    /// <summary>What the form shows: what was just posted when it comes back with a problem, otherwise the stored
    /// sheet.</summary>
    private SheetContent? _posted;
    public int Revision { get; private set; }
    public string StatusText { get; private set; } = "";

    /// <summary>The stored sheet that another device saved, shown beside what this one posted.</summary>
    public ObservationSheet? Other { get; private set; }

    public CriterionLevel? Level(int c) =>
        _posted is not null ? _posted.Ratings.FirstOrDefault(r => r.Criterion == c)?.Level
        : Enum.TryParse<CriterionLevel>(Stored(c)?.Level, out var l) ? l
        : null;

    public string? Evidence(int c) =>
        _posted is not null ? _posted.Ratings.FirstOrDefault(r => r.Criterion == c)?.Evidence : Stored(c)?.Evidence;

    public GlobalJudgement? Global => _posted is not null ? _posted.Global : Opened?.Sheet?.Global;
    public string? Notes => _posted is not null ? _posted.Notes : Opened?.Sheet?.Notes;

    public string? Error(string field) =>
        ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    private SheetRating? Stored(int c) => Opened?.Sheet?.Ratings.FirstOrDefault(r => r.Criterion == c);

    private void Describe()
    {
        var sheet = Opened!.Sheet;
        Revision = sheet?.Revision ?? 0;
        StatusText = sheet switch
        {
            null => "Nothing saved yet.",
            { SubmittedAt: { } at } =>
                $"Submitted {Clock.UkDateTime(at)}. It changes now only by a recorded correction.",
            _ => $"Received: last saved {Clock.UkDateTime(sheet.UpdatedAt)}.",
        };
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Opened = await sheets.OpenAsync(Id, UserId, ct);
        if (Opened is null)
            return NotFound();
        Recording = (await recordings.ForSessionsAsync([Id], ct)).GetValueOrDefault(Id);
        Describe();
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken ct)
    {
        Opened = await sheets.OpenAsync(Id, UserId, ct, track: true);
        if (Opened is null)
            return NotFound();
        var content = ObservationSheets.Read(Request.Form, Opened.Scenario.Criteria.Count);
        var problems = await sheets.CorrectAsync(Opened, content, Reason, Scope.ActorName, ct);
        if (problems.Count == 0)
        {
            Success("Your correction has been recorded with your reason.");
            return RedirectToPage();
        }
        (_posted, Correct) = (content, true);
        Describe();
        foreach (var (field, message) in problems)
            ModelState.AddModelError(field, message);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => PostAsync(submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => PostAsync(submit: true, ct);

    private async Task<IActionResult> PostAsync(bool submit, CancellationToken ct)
    {
        Opened = await sheets.OpenAsync(Id, UserId, ct, track: true);
        if (Opened is null)
            return NotFound();
        var content = ObservationSheets.Read(Request.Form, Opened.Scenario.Criteria.Count);
        var savedFrom = int.TryParse(Request.Form["Revision"].FirstOrDefault(), out var r) ? r : -1;
        var result = await sheets.SaveAsync(
            Opened,
            content,
            savedFrom,
            Request.Form["Device"].FirstOrDefault(),
            submit,
            Scope.ActorName,
            ct
        );
        switch (result.Outcome)
        {
            case ObservationSheets.Outcome.Saved:
                Success("Your sheet has been saved.");
                return RedirectToPage();
            case ObservationSheets.Outcome.Submitted:
                Success("Your sheet has been submitted.");
                return RedirectToPage();
            case ObservationSheets.Outcome.Locked:
                ModelState.AddModelError(
                    "",
                    "This sheet has already been submitted: it changes now only by a recorded correction."
                );
                Describe();
                return Page();
            case ObservationSheets.Outcome.Conflict:
                // Nothing is overwritten: the observer sees what they entered and the other device's version, and
                // saves again (from the stored revision) to keep theirs.
                _posted = content;
                Other = result.Current;
                Describe();
                ModelState.AddModelError(
                    "",
                    $"This sheet was changed on {result.Current?.UpdatedOn ?? "another device"} since you opened it. What you entered is below and the other version above it: save again to keep yours."
                );
                return Page();
            default:
                _posted = content;
                Describe();
                foreach (var (field, message) in result.Problems)
                    ModelState.AddModelError(field, message);
                Revision = savedFrom;
                return Page();
        }
    }
}
