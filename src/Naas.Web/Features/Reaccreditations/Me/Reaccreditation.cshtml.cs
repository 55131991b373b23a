using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Reaccreditations.Me;

/// <summary>Staying accredited (¶77–78): the due date, the CPD log against the standards, and asking to be
/// re-accredited.</summary>
public class ReaccreditationModel(ReaccreditationRequests requests, CpdLog cpd) : NaasPage
{
    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public string? Hours { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Employer { get; set; }
    public List<ReaccreditationView> Views { get; private set; } = [];
    public List<CpdEntry> Log { get; private set; } = [];
    public List<Choice> Areas { get; private set; } = [];
    private Guid Me => User.SocialWorkerId() ?? Guid.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Views = await requests.ViewsAsync(Me, ct);
        Log = await cpd.LogAsync(Me, ct);
        Areas = (await cpd.AreasAsync(Me, ct))
            .Select(a => new Choice(a.Id.ToString(), $"{a.Number}. {a.Title}"))
            .ToList();
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        var problems = await cpd.AddCpdAsync(Me, Date, Hours, Area, Description, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Your CPD has been added to your log.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid accreditationId, CancellationToken ct)
    {
        var problems = await requests.SubmitAsync(Me, accreditationId, Employer, ct);
        if (problems.Count > 0)
        {
            foreach (var (f, m) in problems)
                ModelState.AddModelError(f, m);
            await OnGetAsync(ct);
            return Page();
        }
        Success("Thank you. We have your request for re-accreditation.");
        return RedirectToPage();
    }
}
