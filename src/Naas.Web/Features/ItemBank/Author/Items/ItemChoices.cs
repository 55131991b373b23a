using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.ItemBank.Author.Items;

public static class ItemChoices
{
    public static readonly IReadOnlyList<Choice> Types =
    [
        new(nameof(ItemType.Binary), "Yes/no or true/false"),
        new(nameof(ItemType.SingleBestAnswer), "Single best answer", "Choose 1 of several, for example 1 of 4"),
        new(nameof(ItemType.MultipleResponse), "Choose several", "Choose N of M, for example 3 of 8"),
        new(
            nameof(ItemType.MultiPart),
            "Multi-part",
            "Several true/false statements about one case, marked one by one"
        ),
    ];
    public static readonly IReadOnlyList<Choice> AppliedFor =
    [
        new("", "General knowledge (all statuses)"),
        .. Enum.GetValues<StatusLevel>().Select(l => new Choice(l.ToString(), $"Applied knowledge for {l.Name()}s")),
    ];
    public static readonly IReadOnlyList<Choice> Pools =
    [
        new(nameof(ItemPool.Assessment), "Real tests", "Kept secret: never shown with its answer"),
        new(
            nameof(ItemPool.Practice),
            "Practice test only",
            "Shown with its answer and rationale after each practice test, and never on a real test"
        ),
    ];
    public static readonly IReadOnlyList<Choice> Settings = PracticeSettings.All.Select(s => new Choice(s, s)).ToList();
    public static readonly IReadOnlyList<Choice> Scoring =
    [
        new(nameof(PartialCreditRule.PerPart), "Partial credit", "Each right part earns its share"),
        new(nameof(PartialCreditRule.AllOrNothing), "All or nothing"),
    ];

    public static async Task<IReadOnlyList<Choice>> AreasAsync(NaasDbContext db, CancellationToken ct) => (
            await db
                .KnowledgeAreas.AsNoTracking()
                .Join(
                    db.Statuses,
                    a => a.StatusId,
                    s => s.Id,
                    (a, s) =>
                        new
                        {
                            a.Id,
                            a.Number,
                            a.Title,
                            s.Level,
                            StatusName = s.Name,
                        }
                )
                .ToListAsync(ct)
        ).OrderBy(a => a.Level).ThenBy(a => a.Number).Select(a => new Choice(a.Id.ToString(), $"{a.Number}. {a.Title}", a.StatusName)).ToList();
}
