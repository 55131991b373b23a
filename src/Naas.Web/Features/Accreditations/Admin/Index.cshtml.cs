using Microsoft.AspNetCore.Mvc;
using Naas.Data.Entities;
using Naas.Web.Features.Reaccreditations;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations.Admin;

public class IndexModel(AccreditationSearch accreditations, ShortAssessments shortAssessments, TimeProvider clock)
    : NaasPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }
    public List<Accreditation>? Found { get; private set; }

    /// <summary>False while the page shows the latest accreditations rather than a search's matches.</summary>
    public bool Searched { get; private set; } = true;
    public const int Latest = 50;
    public DateOnly Today => clock.Today();
    public List<(Reaccreditation R, SocialWorker Person, Accreditation A)> ShortAssessments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShortAssessments = await shortAssessments.AwaitingShortAssessmentAsync(ct);
        if (!Request.Query.ContainsKey(nameof(Q)))
        {
            Found = await accreditations.LatestAsync(Latest, ct);
            Searched = false;
            return;
        }
        if (string.IsNullOrWhiteSpace(Q))
        {
            ModelState.AddModelError(nameof(Q), "Enter a certificate number, registration number or surname");
            return;
        }
        Found = await accreditations.SearchAsync(Q, ct);
    }
}
