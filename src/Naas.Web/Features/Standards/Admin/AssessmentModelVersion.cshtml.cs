using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Standards.Admin;

public class AssessmentModelVersionModel(NaasDbContext db) : NaasPage
{
    [FromRoute]
    public Guid StatusId { get; set; }

    [BindProperty]
    public DateInput EffectiveFrom { get; set; } = new();

    [BindProperty]
    public string? Elements { get; set; }

    [BindProperty]
    public string? Notes { get; set; }
    public string StatusName { get; private set; } = "";
    public int NextVersion { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var status = await db.Statuses.AsNoTracking().SingleOrDefaultAsync(s => s.Id == StatusId, ct);
        if (status is null)
            return false;
        StatusName = status.Name;
        var latest = await db
            .AssessmentModels.AsNoTracking()
            .Include(m => m.Elements)
            .Where(m => m.StatusId == StatusId)
            .OrderByDescending(m => m.Version)
            .FirstOrDefaultAsync(ct);
        NextVersion = (latest?.Version ?? 0) + 1;
        if (Elements is null && latest is not null)
            Elements = string.Join(
                "\n",
                latest.Elements.OrderBy(e => e.Order).Select(e => $"{e.Kind}: {e.Description}")
            );
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (!EffectiveFrom.TryGet("Date it takes effect", true, out var from, out var error))
            ModelState.AddModelError(nameof(EffectiveFrom), error!);
        var lines = (Elements ?? "").Split(
            '\n',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (lines.Length == 0)
            ModelState.AddModelError(nameof(Elements), "Enter at least one element");
        else if (lines.FirstOrDefault(l => l.IndexOf(':') is < 1) is { } bad)
            ModelState.AddModelError(
                nameof(Elements),
                $"Each line must be a kind, a colon and a description. This line is not: \"{bad}\""
            );
        if (string.IsNullOrWhiteSpace(Notes))
            ModelState.AddModelError(nameof(Notes), "Enter why the design changed");
        if (!ModelState.IsValid)
            return Page();
        var model = new AssessmentModel
        {
            StatusId = StatusId,
            Version = NextVersion,
            EffectiveFrom = from!.Value,
            Notes = Notes!.Trim(),
            Elements = lines
                .Select(
                    (l, i) =>
                        new AssessmentModelElement
                        {
                            Order = i + 1,
                            Kind = l[..l.IndexOf(':')].Trim(),
                            Description = l[(l.IndexOf(':') + 1)..].Trim(),
                        }
                )
                .ToList(),
        };
        db.AssessmentModels.Add(model);
        db.Record(
            new AssessmentModelAdded(model.Id, StatusName, model.Version, model.EffectiveFrom, lines, model.Notes)
        );
        await db.SaveChangesAsync(ct);
        Success($"Version {model.Version} of the {StatusName.ToLowerInvariant()} assessment model has been saved.");
        return Redirect(StandardsLinks.AdminStandards());
    }
}
