using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Fairness;
using Naas.Domain.Results;
using Naas.Psychometrics;
using Naas.Web.Features.Administration;

namespace Naas.Web.Features.Fairness;

/// <summary>Pass rates by group (issue 16, items 2 and 3): the one place that reads equality information across
/// scope, and only to count. Everything it returns is aggregate and has passed <see cref="Suppression"/>: a group too
/// small to show is "fewer than N" and takes another with it where the total would give it away.</summary>
public sealed class FairnessData(Infrastructure.ReportingDatabase reports, PolicyStore policy)
{
    public enum Grouping
    {
        Age,
        Sex,
        Ethnicity,
        Disability,
    }

    public static string Words(Grouping g) =>
        g switch
        {
            Grouping.Age => "Age band",
            Grouping.Sex => "Sex",
            Grouping.Ethnicity => "Ethnic group",
            _ => "Disability",
        };

    /// <summary>One element's (or the overall outcome's) pass rates: each group as shown, and for the groups shown
    /// (not "prefer not to say" or "not given"), the four-fifths comparison with the highest.</summary>
    public sealed record Table(
        string Element,
        IReadOnlyList<Suppression.Shown> Groups,
        IReadOnlyDictionary<string, AdverseImpact.Row> Impact
    );

    public sealed record Report(
        Grouping Grouping,
        int Threshold,
        int RoundTo,
        int Candidates,
        IReadOnlyList<Table> Tables
    );

    public const string Overall = "Overall: accredited";

    private static IReadOnlyList<string> Groups(Grouping g) =>
        g switch
        {
            Grouping.Age => Enum.GetValues<AgeBand>().Select(a => a.Words()).ToList(),
            Grouping.Sex => Enum.GetValues<Sex>().Select(s => s.Words()).ToList(),
            Grouping.Ethnicity => [.. EqualityWords.EthnicGroups, Ethnicity.PreferNotToSay.Group()],
            _ => Enum.GetValues<Disability>().Select(d => d.Words()).ToList(),
        };

    private static string GroupOf(EqualityRecord? r, Grouping g) =>
        g switch
        {
            Grouping.Age => r?.AgeBand?.Words(),
            Grouping.Sex => r?.Sex?.Words(),
            Grouping.Ethnicity => r?.Ethnicity?.Group(),
            _ => r?.Disability?.Words(),
        } ?? EqualityWords.NotGiven;

    /// <summary>Released results (the latest release of each assessment, not superseded), the overall outcome and
    /// each element's, by group. <paramref name="from"/> and <paramref name="to"/> bound the release date.</summary>
    /// <remarks>Read from the reports replica when one is configured.</remarks>
    public async Task<Report> PassRatesAsync(Grouping grouping, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        var threshold = rules.Value(EligibilityPolicy.Keys.ReportMinimumCount);
        var roundTo = rules.Value(EligibilityPolicy.Keys.ReportRoundTo);
        return await reports.ReadAsync(db => CountAsync(db, grouping, from, to, threshold, roundTo, ct), ct);
    }

    private static async Task<Report> CountAsync(
        NaasDbContext db,
        Grouping grouping,
        DateOnly? from,
        DateOnly? to,
        int threshold,
        int roundTo,
        CancellationToken ct
    )
    {
        // Across scope (an analyst is in nobody's scope), and only ever counted: no row leaves this method.
        var releases = (
            await db
                .ResultReleases.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(r => r.SupersededAt == null)
                .Select(r => new
                {
                    r.EndorsementId,
                    r.SocialWorkerId,
                    r.Outcome,
                    r.ReleasedAt,
                })
                .ToListAsync(ct)
        ).Where(r => (from is null || DateOnly.FromDateTime(r.ReleasedAt.UtcDateTime) >= from) && (to is null || DateOnly.FromDateTime(r.ReleasedAt.UtcDateTime) <= to)).ToList();
        var endorsements = releases.Select(r => r.EndorsementId).ToHashSet();
        var marks = (
            await db
                .ElementMarks.IgnoreQueryFilters()
                .AsNoTracking()
                .Where(m => m.SupersededAt == null)
                .Select(m => new
                {
                    m.EndorsementId,
                    m.SocialWorkerId,
                    m.Element,
                    m.Result,
                })
                .ToListAsync(ct)
        ).Where(m => endorsements.Contains(m.EndorsementId)).ToList();
        var people = releases.Select(r => r.SocialWorkerId).ToHashSet();
        var equality = (await db.EqualityRecords.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct))
            .Where(e => people.Contains(e.SocialWorkerId))
            .ToDictionary(e => e.SocialWorkerId);
        string Of(Guid person) => GroupOf(equality.GetValueOrDefault(person), grouping);

        var order = Groups(grouping).Append(EqualityWords.NotGiven).ToList();
        Table Build(string element, IEnumerable<(Guid Person, bool Passed)> outcomes)
        {
            var byGroup = outcomes.GroupBy(o => Of(o.Person)).ToDictionary(g => g.Key, g => g.ToList());
            var cells = order
                .Select(g =>
                    byGroup.TryGetValue(g, out var list)
                        ? new Suppression.Cell(g, list.Count, list.Count(o => o.Passed))
                        : new Suppression.Cell(g, 0, 0)
                )
                .ToList();
            var shown = Suppression.Apply(cells, threshold, roundTo);
            var comparable = shown
                .Where(s =>
                    s.Visible && s.Exact > 0 && s.Group != EqualityWords.NotGiven && !s.Group.StartsWith("Prefer")
                )
                .Select(s => new AdverseImpact.Group(s.Group, s.ExactPassed, s.Exact))
                .ToList();
            var impact =
                comparable.Count >= 2
                    ? AdverseImpact.Compare(comparable).ToDictionary(r => r.Name)
                    : new Dictionary<string, AdverseImpact.Row>();
            return new Table(element, shown, impact);
        }

        var tables = new List<Table>
        {
            Build(Overall, releases.Select(r => (r.SocialWorkerId, r.Outcome == OutcomeKind.Accredited))),
        };
        foreach (var element in marks.Select(m => m.Element).Distinct().OrderBy(e => e, StringComparer.Ordinal))
            tables.Add(
                Build(
                    Naas.Web.Infrastructure.Words.Element(element),
                    marks
                        .Where(m => m.Element == element)
                        .Select(m => (m.SocialWorkerId, m.Result == ElementResult.Pass))
                )
            );
        return new Report(grouping, threshold, roundTo, releases.Count, tables);
    }

    /// <summary>The report as CSV, suppressed exactly as the page is.</summary>
    public static byte[] Csv(Report report)
    {
        string[] header =
        [
            "Grouping",
            "Result",
            "Group",
            "Candidates",
            "Passed",
            "Pass rate",
            "Ratio to highest",
            "Under four-fifths",
            "Fisher p",
        ];
        var rows = report.Tables.SelectMany(t =>
            t.Groups.Select(g =>
            {
                var impact = t.Impact.GetValueOrDefault(g.Group);
                return g.Visible
                    ? new[]
                    {
                        Words(report.Grouping),
                        t.Element,
                        g.Group,
                        $"{g.Count}",
                        $"{g.Passed}",
                        g.Rate is { } r ? r.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "",
                        impact?.Ratio.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        impact is null ? ""
                        : impact.UnderFourFifths ? "yes"
                        : "no",
                        impact?.P.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    }
                    :
                    [
                        Words(report.Grouping),
                        t.Element,
                        g.Group,
                        $"fewer than {report.Threshold}",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ];
            })
        );
        return Workforce.WorkforceFile.ToCsvWith(header, rows);
    }
}
