using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Fairness;
using Naas.Web.Infrastructure;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Fairness.Me;

/// <summary>A social worker's own equality monitoring information (issue 16, item 1): every answer optional, "prefer
/// not to say" for each, changed or removed at any time. Read through the query filter, which admits only
/// themselves.</summary>
public class EqualityModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    [BindProperty]
    public string? AgeBand { get; set; }

    [BindProperty]
    public string? Sex { get; set; }

    [BindProperty]
    public string? Ethnicity { get; set; }

    [BindProperty]
    public string? Disability { get; set; }

    public EqualityRecord? Stored { get; private set; }

    public static IReadOnlyList<Choice> AgeBands { get; } = Choices<AgeBand>(a => a.Words());
    public static IReadOnlyList<Choice> Sexes { get; } = Choices<Sex>(s => s.Words());
    public static IReadOnlyList<Choice> Disabilities { get; } =
        Choices<Disability>(d =>
            d == Domain.Fairness.Disability.Yes ? "Yes"
            : d == Domain.Fairness.Disability.No ? "No"
            : d.Words()
        );
    public static IReadOnlyList<Choice> Ethnicities { get; } =
        Enum.GetValues<Ethnicity>()
            .Select(e => new Choice(
                e.ToString(),
                e.Words(),
                e == Domain.Fairness.Ethnicity.PreferNotToSay ? null : e.Group()
            ))
            .ToList();

    private static IReadOnlyList<Choice> Choices<T>(Func<T, string> words)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => new Choice(v.ToString(), words(v))).ToList();

    private Guid? Me => Scope.SocialWorkerId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Me is null)
            return NotFound();
        Stored = await db.EqualityRecords.AsNoTracking().SingleOrDefaultAsync(ct);
        (AgeBand, Sex, Ethnicity, Disability) = (
            Stored?.AgeBand?.ToString(),
            Stored?.Sex?.ToString(),
            Stored?.Ethnicity?.ToString(),
            Stored?.Disability?.ToString()
        );
        return Page();
    }

    private static (T? Value, bool Ok) Parse<T>(string? posted)
        where T : struct, Enum =>
        string.IsNullOrEmpty(posted) ? (null, true)
        : Enum.TryParse<T>(posted, out var v) && Enum.IsDefined(v) && !int.TryParse(posted, out _) ? (v, true)
        : (null, false);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Me is not { } me)
            return NotFound();
        var age = Parse<AgeBand>(AgeBand);
        var sex = Parse<Sex>(Sex);
        var ethnicity = Parse<Ethnicity>(Ethnicity);
        var disability = Parse<Disability>(Disability);
        if (!age.Ok)
            ModelState.AddModelError(nameof(AgeBand), "Select your age band from the list, or leave it unanswered");
        if (!sex.Ok)
            ModelState.AddModelError(nameof(Sex), "Select your sex from the list, or leave it unanswered");
        if (!ethnicity.Ok)
            ModelState.AddModelError(
                nameof(Ethnicity),
                "Select your ethnic group from the list, or leave it unanswered"
            );
        if (!disability.Ok)
            ModelState.AddModelError(nameof(Disability), "Select yes, no or prefer not to say, or leave it unanswered");
        if (!ModelState.IsValid)
        {
            Stored = await db.EqualityRecords.AsNoTracking().SingleOrDefaultAsync(ct);
            return Page();
        }
        var record = await db.EqualityRecords.SingleOrDefaultAsync(ct);
        if (record is null)
            db.EqualityRecords.Add(record = new EqualityRecord { SocialWorkerId = me });
        (record.AgeBand, record.Sex, record.Ethnicity, record.Disability, record.UpdatedAt) = (
            age.Value,
            sex.Value,
            ethnicity.Value,
            disability.Value,
            clock.GetUtcNow()
        );
        db.Record(new EqualityInformationChanged(record.Id, me, Removed: false));
        await db.SaveChangesAsync(ct);
        Success("Your equality information has been saved. Thank you.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (Me is not { } me)
            return NotFound();
        if (await db.EqualityRecords.SingleOrDefaultAsync(ct) is { } record)
        {
            db.EqualityRecords.Remove(record);
            db.Record(new EqualityInformationChanged(record.Id, me, Removed: true));
            await db.SaveChangesAsync(ct);
        }
        Success("Your equality information has been removed.");
        return RedirectToPage();
    }
}
