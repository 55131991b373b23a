using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Fairness;
using Naas.Domain.ItemBank;
using Naas.Psychometrics;
using Naas.Web.Features.ItemBank;

namespace Naas.Web.Features.Fairness;

/// <summary>The knowledge test's DIF screen (issue 16, item 2): every submitted sitting of the real test, each answer
/// scored right (full marks) or not against exactly the version sat, screened by Mantel–Haenszel for four
/// comparisons (<see cref="Dif.Screen"/>, matched on each candidate's own form, purified). A C item still live is
/// suspended from new forms and sent to content review with its evidence; B items are flagged. Reads equality
/// information across scope only to put candidates in a group; nothing about a person leaves.</summary>
public sealed class KnowledgeDif(NaasDbContext db, KnowledgeSittings sittings, TimeProvider clock)
{
    /// <summary>A focal group against a reference group; null where the person is in neither (not answered, or
    /// preferred not to say).</summary>
    public sealed record Comparison(string Name, string Focal, string Reference, Func<EqualityRecord, bool?> IsFocal);

    public static readonly IReadOnlyList<Comparison> Comparisons =
    [
        new(
            "Age",
            "aged 50 and over",
            "under 50",
            r =>
                r.AgeBand switch
                {
                    AgeBand.From50To59 or AgeBand.From60 => true,
                    AgeBand.Under30 or AgeBand.From30To39 or AgeBand.From40To49 => false,
                    _ => null,
                }
        ),
        new(
            "Sex",
            "male",
            "female",
            r =>
                r.Sex switch
                {
                    Sex.Male => true,
                    Sex.Female => false,
                    _ => null,
                }
        ),
        new(
            "Ethnicity",
            "from ethnic minority groups",
            "White",
            r => r.Ethnicity is null or Ethnicity.PreferNotToSay ? null : r.Ethnicity.Value.Group() != "White"
        ),
        new(
            "Disability",
            "disabled",
            "not disabled",
            r =>
                r.Disability switch
                {
                    Disability.Yes => true,
                    Disability.No => false,
                    _ => null,
                }
        ),
    ];

    /// <summary>Fewest candidates of each group who saw a question before it is screened. MH's standard error at 20 a
    /// group is too wide for a decision that takes a question out of forms: at 1,200 items, chance alone then makes
    /// about one C a comparison (bench/README.md). 100 a group is the lower end of common practice.</summary>
    public const int MinimumPerGroup = 100;

    /// <summary>An item found B or C in a comparison.</summary>
    public sealed record Flag(
        Guid VersionId,
        string Reference,
        int Version,
        ItemStatus Status,
        Comparison Comparison,
        Dif.Result Result
    );

    public sealed record Screened(int Sittings, int Items, IReadOnlyList<Flag> Flags, IReadOnlyList<string> Suspended);

    /// <summary>Screens every sitting started before <paramref name="before"/> (the latest of each person); with
    /// <paramref name="suspend"/>, suspends each live C question in the same save as nothing else, for the caller to
    /// commit with its own record of the run.</summary>
    public async Task<Screened> ScreenAsync(bool suspend, string actor, DateTimeOffset before, CancellationToken ct) =>
        await ScreenAsync(suspend, actor, await sittings.LoadAsync(before, null, ct), ct);

    /// <summary>Screens sittings already read (each person's latest up to a time).</summary>
    public async Task<Screened> ScreenAsync(
        bool suspend,
        string actor,
        KnowledgeSittings.Loaded loaded,
        CancellationToken ct
    )
    {
        var (attempts, versions) = loaded;
        var people = attempts.Select(a => a.SocialWorkerId).ToHashSet();
        var equality = (await db.EqualityRecords.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct))
            .Where(e => people.Contains(e.SocialWorkerId))
            .ToDictionary(e => e.SocialWorkerId);

        var itemIndex = new Dictionary<Guid, int>();
        var personIndex = new Dictionary<Guid, int>();
        var responses = new List<Response>();
        foreach (var a in attempts)
        {
            var person = personIndex[a.SocialWorkerId] = personIndex.Count;
            foreach (var answer in a.Answers)
            {
                var item = itemIndex.TryGetValue(answer.VersionId, out var ix)
                    ? ix
                    : itemIndex[answer.VersionId] = itemIndex.Count;
                responses.Add(new Response(person, item, answer.Right));
            }
        }
        var byIndex = itemIndex.ToDictionary(kv => kv.Value, kv => versions[kv.Key]);
        var formLength = attempts.Count == 0 ? 30 : (int)Median(attempts.Select(a => a.Answers.Count));

        // The four comparisons are independent: screened side by side, gathered in their own order.
        var byComparison = new List<Flag>[Comparisons.Count];
        Parallel.For(
            0,
            Comparisons.Count,
            c =>
            {
                var comparison = Comparisons[c];
                var focal = new Dictionary<int, bool>();
                foreach (var (id, index) in personIndex)
                    if (equality.TryGetValue(id, out var e) && comparison.IsFocal(e) is { } f)
                        focal[index] = f;
                byComparison[c] = Dif.Screen(responses, focal, strata: formLength, minimumPerGroup: MinimumPerGroup)
                    .Where(item => item.Result is { Class: not Dif.EtsClass.A })
                    .Select(item =>
                    {
                        var v = byIndex[item.Item];
                        return new Flag(v.Id, v.Item!.Reference, v.Version, v.Status, comparison, item.Result!);
                    })
                    .ToList();
            }
        );
        var flags = byComparison.SelectMany(f => f).ToList();

        var suspended = new List<string>();
        if (suspend)
            foreach (var flag in flags.Where(f => f.Result.Class == Dif.EtsClass.C && f.Status == ItemStatus.Live))
            {
                var v = await db
                    .KnowledgeItemVersions.Include(x => x.Item)
                    .SingleAsync(x => x.Id == flag.VersionId, ct);
                if (v.Status != ItemStatus.Live)
                    continue; // suspended already, by another comparison in this screen
                var evidence = Evidence(flag);
                (v.Status, v.SuspensionEvidence) = (ItemStatus.Suspended, evidence);
                db.Record(
                    new ItemMoved(
                        v.Id,
                        v.Item!.Reference,
                        v.Version,
                        ItemAction.Suspend,
                        ItemStatus.Live,
                        ItemStatus.Suspended,
                        actor,
                        evidence
                    )
                );
                suspended.Add(v.Item.Reference);
            }
        return new Screened(personIndex.Count, itemIndex.Count, flags, suspended);
    }

    /// <summary>What the content reviewer reads: which group, how large, how sure, and what to look for.</summary>
    public string Evidence(Flag f) =>
        $"Mantel–Haenszel DIF, ETS class C, screened on {clock.GetUtcNow():d MMMM yyyy}: candidates {f.Comparison.Focal} "
        + $"found this item {(f.Result.Delta < 0 ? "harder" : "easier")} than candidates {f.Comparison.Reference} with the same score. "
        + $"MH D-DIF {f.Result.Delta:0.00} (standard error {f.Result.DeltaSe:0.00}), chi-square {f.Result.ChiSquare:0.0}, "
        + $"p {f.Result.P:0.0000}; {f.Result.Focal} and {f.Result.Reference} candidates. Review its wording, setting and "
        + "assumed knowledge for what could make it work differently for this group, then reinstate or retire it.";

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
