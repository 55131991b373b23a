using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.KnowledgeTest.Admin.Blueprints;

public class BlueprintsModel(NaasDbContext db, BlueprintService blueprints) : NaasPage
{
    public static readonly IReadOnlyList<Choice> Statuses = Enum.GetValues<StatusLevel>()
        .Select(l => new Choice(l.ToString(), Tags.Cap(l.Name())))
        .ToList();
    public static readonly IReadOnlyList<Choice> Kinds =
    [
        new("real", "No, it is the real test"),
        new("practice", "Yes, a practice test"),
    ];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public StatusLevel? Status { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }
    public List<KnowledgeBlueprint> Blueprints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Blueprints = (await db.KnowledgeBlueprints.AsNoTracking().ToListAsync(ct))
            .OrderBy(b => b.Retired)
            .ThenBy(b => b.Status)
            .ThenBy(b => b.IsPractice)
            .ThenBy(b => b.Name)
            .ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (b, problems) = await blueprints.CreateAsync(
            Name,
            Status,
            Kind switch
            {
                "real" => false,
                "practice" => true,
                _ => null,
            },
            Minutes,
            ct
        );
        if (b is null)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(field, message);
            await OnGetAsync(ct);
            return Page();
        }
        Success($"{b.Name} added. Now choose how many questions it draws from each area.");
        return Redirect(KnowledgeTestLinks.AdminBlueprintsEdit(b.Id));
    }
}
