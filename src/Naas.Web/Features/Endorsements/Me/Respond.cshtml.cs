using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Endorsements.Me;

public class RespondModel(NaasDbContext db, EndorsementService endorsements) : NaasPage
{
    public static readonly IReadOnlyList<Choice> Answers =
    [
        new("agree", "Yes, put me forward"),
        new("decline", "No, not now"),
    ];

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Reason { get; set; }
    public Endorsement? Endorsement { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Endorsement = await db
            .Endorsements.AsNoTracking()
            .Include(e => e.Organisation)
            .SingleOrDefaultAsync(e => e.Id == Id && e.SocialWorkerId == User.SocialWorkerId(), ct);
        return Endorsement is not null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (Answer is not ("agree" or "decline"))
        {
            ModelState.AddModelError(nameof(Answer), "Select yes if you agree to be put forward");
            return Page();
        }
        if (Reason?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Reason), "Your reason must be 2,000 characters or fewer");
            return Page();
        }
        var outcome = await endorsements.RespondAsync(Id, Answer == "agree", Reason, ct);
        if (outcome.NotFound)
            return NotFound();
        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems)
                ModelState.AddModelError("", p.Message);
            return Page();
        }
        Success(
            Answer == "agree"
                ? "You have agreed to be put forward. Your employer can see your answer."
                : "You have said no. This is recorded without penalty and your employer can see your answer."
        );
        return Redirect(EligibilityLinks.Me());
    }
}
